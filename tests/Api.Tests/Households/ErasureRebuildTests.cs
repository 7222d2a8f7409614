using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Households.Reports;
using Fupin.EventSourced.Api.PersonalData;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Registering;
using Fupin.EventSourced.Projections;
using Fupin.EventSourced.Projections.Households;
using JasperFx.Events.Daemon;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Fupin.EventSourced.Api.Tests.Households;

/// <summary>Erasure destroys a person's key: every view, and every view rebuilt from the unchanged events, shows them erased.</summary>
[Collection(IsolatedHouseholdsCollection.Name)]
public class ErasureRebuildTests(IsolatedHouseholdsCollection.Fixture api)
{
    /// <summary>沂源县: the only county this collection counts households in.</summary>
    private const string County = "370323";

    private readonly HttpClient _operator = api.ClientAs(Roles.Operator, Codes.City);
    private readonly HttpClient _admin = api.ClientAs(Roles.Admin, division: null);

    [Fact]
    public async Task An_erased_member_reads_as_erased_before_and_after_a_rebuild_while_the_head_counts_and_events_stay_as_they_were()
    {
        var village = await _operator.RegisteredVillage(Codes.NewVillage(County));
        var registration = HouseholdScenarios.NewRegistration(village) with { RegistrationYear = 2017 };
        var id = await _operator.RegisteredHousehold(registration);
        await _operator.Stepped(id, (LifecycleStep.ProposeExit, new DateOnly(2019, 5, 1)));
        await api.WaitForProjectionsAsync();
        var counts = await YearsAsync();
        var eventsBefore = await StoredEventsAsync(id);
        var member = (await _operator.GetHousehold(id)).Members[0];

        var erasure = await _admin.PostErasure(id, member.PersonId, "PIPL request 2024-017");

        erasure.StatusCode.Should().Be(HttpStatusCode.OK, await erasure.Content.ReadAsStringAsync());
        await ShouldShowTheMemberErased(id, member.PersonId, registration);
        await api.WaitForProjectionsAsync();
        (await YearsAsync()).Should().Equal(counts);
        counts[0].Registered.Should().Be(1);
        counts[1].ProposedForExit.Should().Be(1);

        await using (var session = api.Store.LightweightSession())
        {
            session.Delete<Household>(id);
            session.DeleteWhere<HouseholdYearCounts>(c => c.CountyCode == County);
            await session.SaveChangesAsync();
        }

        var daemon = api.Factory.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await daemon.RebuildProjectionAsync<Household>(TimeSpan.FromMinutes(1), CancellationToken.None);
        await daemon.RebuildProjectionAsync<HouseholdYearCounts>(TimeSpan.FromMinutes(1), CancellationToken.None);

        await ShouldShowTheMemberErased(id, member.PersonId, registration);
        (await YearsAsync()).Should().Equal(counts);
        var eventsAfter = await StoredEventsAsync(id);
        eventsAfter.Take(eventsBefore.Count).Should().Equal(eventsBefore, "erasure changes no event");
        eventsAfter.Skip(eventsBefore.Count).Select(e => e.Type).Should().Equal("personal_data_erased");
        (await KeyOfAsync(member.PersonId)).Should().Be((false, "admin-all"));
        (await KeyOfAsync((await _operator.GetHousehold(id)).Head.PersonId)).HasKey.Should().BeTrue();
    }

    [Fact]
    public async Task The_rebuild_verb_writes_the_household_states_back_as_they_were_an_erased_member_still_erased()
    {
        // Another county than the one the test above counts in.
        var village = await _operator.RegisteredVillage(Codes.NewVillage(Codes.County));
        var registration = HouseholdScenarios.NewRegistration(village) with { RegistrationYear = 2016 };
        var id = await _operator.RegisteredHousehold(registration);
        await _operator.Stepped(id, (LifecycleStep.ProposeExit, new DateOnly(2019, 5, 1)));
        var member = (await _operator.GetHousehold(id)).Members[0];
        (await _admin.PostErasure(id, member.PersonId, "PIPL request 2024-018")).EnsureSuccessStatusCode();
        await api.WaitForProjectionsAsync();
        var households = await DocumentRows.ReadAsync(api.Store, "mt_doc_household");
        var heads = await DocumentRows.ReadAsync(api.Store, "mt_doc_headidentity");
        households.Should().Contain(row => row.Id == id && row.Version == 3, "registered, proposed for exit, a member erased");

        // The two stream states only: rebuilding an async projection through the test host's running daemon leaves
        // its agent stopped (the test above covers HouseholdYearCounts and reads no progress afterwards).
        var daemon = api.Factory.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await ProjectionRebuild.RebuildAsync(api.Store, daemon, new HashSet<string>(["Household", "HeadIdentity"]),
            TimeSpan.FromMinutes(1), CancellationToken.None);

        (await DocumentRows.ReadAsync(api.Store, "mt_doc_household")).Should().Equal(households);
        (await DocumentRows.ReadAsync(api.Store, "mt_doc_headidentity")).Should().Equal(heads);
        await ShouldShowTheMemberErased(id, member.PersonId, registration);
    }

    [Fact]
    public async Task Erasing_twice_is_a_409_and_erasing_someone_the_household_does_not_have_is_a_404()
    {
        var id = await _operator.RegisteredHousehold(Codes.County);
        var member = (await _operator.GetHousehold(id)).Members[0];
        (await _admin.PostErasure(id, member.PersonId)).EnsureSuccessStatusCode();

        await (await _admin.PostErasure(id, member.PersonId)).ShouldBeProblem(HttpStatusCode.Conflict, "household.person-already-erased");
        await (await _admin.PostErasure(id, "nobody")).ShouldBeProblem(HttpStatusCode.NotFound, "household.person-not-found");
    }

    [Fact]
    public async Task Only_admins_erase()
    {
        var id = await _operator.RegisteredHousehold(Codes.County);
        var member = (await _operator.GetHousehold(id)).Members[0];

        await (await _operator.PostErasure(id, member.PersonId)).ShouldBeProblem(HttpStatusCode.Forbidden, "auth.forbidden");
        (await _operator.GetHousehold(id)).Members[0].Erased.Should().BeFalse();
    }

    /// <summary>The operator sees the head in clear and the member as erased; an analyst the head masked and the member erased.</summary>
    private async Task ShouldShowTheMemberErased(string id, string memberId, RegisterHousehold registration)
    {
        var full = await _operator.GetHousehold(id);
        full.Head.Should().Match<Api.Households.PersonView>(h => h.Name == "张三" && h.IdentityNumber == registration.Head.IdentityNumber && !h.Erased);
        full.Members.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            PersonId = memberId,
            Name = PersonalDataVisibility.Erased,
            IdentityNumber = PersonalDataVisibility.Erased,
            Relation = Relation.Spouse,
            BirthYear = 1982,
            Erased = true,
        });
        var masked = await api.ClientAs(Roles.Analyst, Codes.City).GetHousehold(id);
        masked.Head.Name.Should().Be("张*");
        masked.Members[0].Name.Should().Be(PersonalDataVisibility.Erased);
        masked.Members[0].Erased.Should().BeTrue();
        var history = HouseholdScenarios.Readable(await api.ClientAs(Roles.Auditor, division: null).GetStringAsync($"/api/households/{id}/history"));
        history.Should().Contain(PersonalDataVisibility.Erased).And.Contain("张*").And.NotContain(registration.Members[0].IdentityNumber);
    }

    private async Task<List<HouseholdYear>> YearsAsync() =>
    [
        (await _operator.GetFromJsonAsync<HouseholdYear>($"/api/households/divisions/{County}/years/2017", EnvoyScenarios.Json))!,
        (await _operator.GetFromJsonAsync<HouseholdYear>($"/api/households/divisions/{County}/years/2019", EnvoyScenarios.Json))!,
    ];

    /// <summary>The household's events exactly as stored: sequence, version, type, data and when.</summary>
    private async Task<List<(long Sequence, long Version, string Type, string Data, DateTimeOffset Timestamp)>> StoredEventsAsync(string id)
    {
        await using var connection = new NpgsqlConnection(api.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select seq_id, version, type, data::text, timestamp from {api.Store.Options.Events.DatabaseSchemaName}.mt_events where stream_id = @id order by version",
            connection);
        command.Parameters.AddWithValue("id", id);
        var events = new List<(long, long, string, string, DateTimeOffset)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            events.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return events;
    }

    private async Task<(bool HasKey, string? ErasedBy)> KeyOfAsync(string personId)
    {
        await using var connection = new NpgsqlConnection(api.Factory.ConnectionString);
        await connection.OpenAsync();
        var keys = api.Factory.Services.GetRequiredService<PersonKeysTable>();
#pragma warning disable CA2100 // The table name is the service's own.
        await using var command = new NpgsqlCommand($"select wrapped_key is not null, erased_by from {keys.Name} where person_id = @id", connection);
#pragma warning restore CA2100
        command.Parameters.AddWithValue("id", personId);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).Should().BeTrue("every person has a row in the key table, erased or not");
        return (reader.GetBoolean(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }
}
