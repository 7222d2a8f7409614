using System.Net;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.EventStore;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Registering;
using Marten;

namespace Fupin.EventSourced.Api.Tests.Households;

/// <summary>
/// One household per head across the whole register, also when registrations race: run with group commit and
/// with one transaction per command, as <see cref="ConcurrentCommandTests"/> are.
/// </summary>
public abstract class HeadDeduplicationTests(ApiFixture api)
{
    private readonly HttpClient _cityOperator = api.ClientAs(Roles.Operator, Codes.City);

    [Fact]
    public async Task Of_sixteen_concurrent_registrations_of_one_head_in_sixteen_villages_exactly_one_is_created_and_fifteen_are_409_naming_it()
    {
        var villages = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => _cityOperator.RegisteredVillage()));
        var head = HouseholdScenarios.NewIdentityNumber();
        var keysBefore = await PersonKeysAsync();

        var responses = await Task.WhenAll(villages.Select(village =>
            _cityOperator.PostHousehold(HouseholdScenarios.NewRegistration(village, head))));

        var created = responses.Where(r => r.StatusCode == HttpStatusCode.Created).Should().ContainSingle(
            string.Join(", ", responses.Select(r => (int)r.StatusCode))).Subject;
        var householdId = (await created.Written()).Id;
        foreach (var refused in responses.Where(r => r != created))
        {
            (await refused.ShouldBeProblem(HttpStatusCode.Conflict, "household.already-registered")).Detail.Should().Contain(householdId);
        }

        await using var session = api.Store.QuerySession();
        var households = await session.Query<Household>().Where(h => villages.Contains(h.VillageCode)).ToListAsync();
        households.Select(h => h.Id).Should().Equal(householdId);
        var registrations = await session.Events.QueryRawEventDataOnly<HouseholdRegistered>()
            .Where(e => villages.Contains(e.VillageCode)).CountAsync();
        registrations.Should().Be(1);
        var claim = await session.Query<HeadIdentity>().Where(i => i.HouseholdId == householdId).ToListAsync();
        claim.Should().ContainSingle();
        (await session.Events.FetchStreamAsync(claim[0].Id)).Should().ContainSingle();
        (await PersonKeysAsync()).Should().Be(keysBefore + 2, "the refused registrations' keys were rolled back with them");
    }

    /// <summary>Keys in the key store; tests of a collection run one at a time, so the count moves only by this test.</summary>
    private async Task<long> PersonKeysAsync()
    {
        await using var session = api.Store.QuerySession();
        return (await session.AdvancedSql.QueryAsync<long>($"select count(*) from {api.Store.Options.DatabaseSchemaName}.person_keys", CancellationToken.None))[0];
    }

    [Fact]
    public async Task A_head_registered_in_one_county_is_refused_in_another_county_of_the_city_naming_the_household()
    {
        var head = HouseholdScenarios.NewIdentityNumber();
        var first = await _cityOperator.RegisteredHousehold(
            HouseholdScenarios.NewRegistration(await _cityOperator.RegisteredVillage(Codes.NewVillage(Codes.County)), head));
        var otherCounty = await _cityOperator.RegisteredVillage(Codes.NewVillage(Codes.OtherCounty));
        var before = await api.HighWaterMarkAsync();

        var response = await _cityOperator.PostHousehold(HouseholdScenarios.NewRegistration(otherCounty, head));

        var problem = await response.ShouldBeProblem(HttpStatusCode.Conflict, "household.already-registered");
        problem.Detail.Should().Contain(first);
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task An_operator_of_another_county_learns_of_the_existing_household_too()
    {
        var head = HouseholdScenarios.NewIdentityNumber();
        var first = await api.ClientAs(Roles.Operator, Codes.County).RegisteredHousehold(
            HouseholdScenarios.NewRegistration(await _cityOperator.RegisteredVillage(Codes.NewVillage(Codes.County)), head));

        var response = await api.ClientAs(Roles.Operator, Codes.OtherCounty).PostHousehold(
            HouseholdScenarios.NewRegistration(await _cityOperator.RegisteredVillage(Codes.NewVillage(Codes.OtherCounty)), head));

        (await response.ShouldBeProblem(HttpStatusCode.Conflict, "household.already-registered")).Detail.Should().Contain(first);
    }
}

[Collection(ApiCollection.Name)]
public sealed class HeadDeduplicationWithGroupCommitTests(ApiFixture api) : HeadDeduplicationTests(api);

[Collection(OneCommitPerCommandCollection.Name)]
public sealed class HeadDeduplicationOneCommitPerCommandTests(OneCommitPerCommandCollection.Fixture api) : HeadDeduplicationTests(api);
