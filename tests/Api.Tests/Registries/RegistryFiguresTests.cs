using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Demands;
using Fupin.EventSourced.Domain.Demands.Agreements;
using Fupin.EventSourced.Domain.Demands.Closing;
using Fupin.EventSourced.Domain.Demands.Matching;
using Fupin.EventSourced.Domain.Experts.CorrectingDetails;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Api.Tests.Registries;

/// <summary>The registries' counts read back through the figure ledger.</summary>
[Collection(ApiCollection.Name)]
public class RegistryFiguresTests(ApiFixture api)
{
    /// <summary>A county no other test writes to, so its figures are exactly what this test counts.</summary>
    private const string County = "370373";

    [Fact]
    public async Task Experts_groups_demands_matches_agreements_and_met_demands_are_counted_once_each_for_their_division_and_year()
    {
        var client = api.ClientAs(Roles.Operator, County);
        var groupId = await client.FormedGroup(County);
        var expertId = (await client.GetGroup(groupId)).LeaderExpertId;
        var movedExpert = await client.RegisteredExpert(County);
        (await client.SendAsync(RegistryScenarios.Command($"/api/experts/{movedExpert}/detail-corrections",
            new CorrectExpertDetails("entered the 2019 list", RegisteredOn: new DateOnly(2019, 2, 1)), ifMatch: "\"1\""))).EnsureSuccessStatusCode();
        var met = await client.RegisteredDemand(County);
        await client.MatchedTo(met, expertId);
        (await client.PostMatch(met, new MatchDemand(new DateOnly(2018, 8, 2), TechnologyId: await client.RegisteredTechnology(County)))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"/api/demands/{met}/agreement",
            new SignAgreement(expertId, new DateOnly(2018, 9, 1), new DateOnly(2018, 9, 1), new DateOnly(2019, 8, 31)))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"/api/demands/{met}/closing", new CloseDemand(DemandOutcome.Met, new DateOnly(2018, 12, 1), "技术已掌握"))).EnsureSuccessStatusCode();
        var notMet = await client.RegisteredDemand(County);
        (await client.PostAsJsonAsync($"/api/demands/{notMet}/closing", new CloseDemand(DemandOutcome.NotMet, new DateOnly(2018, 12, 1), "withdrawn"))).EnsureSuccessStatusCode();

        await api.WaitForProjectionsAsync();
        var y2018 = (await client.Figures(County, 2018)).Figures;
        var y2019 = (await client.Figures(County, 2019)).Figures;

        y2018[Figure.ExpertsRegistered].Should().Be(1);
        y2019[Figure.ExpertsRegistered].Should().Be(1);
        y2018[Figure.ProfessionalGroupsFormed].Should().Be(1);
        y2018[Figure.DemandsRegistered].Should().Be(2);
        y2018[Figure.DemandsMatched].Should().Be(1);
        y2018[Figure.AgreementsSigned].Should().Be(1);
        y2018[Figure.DemandsMet].Should().Be(1);
        (await client.Explained(Figure.DemandsMatched, County, 2018)).Entries.Should().ContainSingle();
        (await client.GetAsync($"/api/figures/divisions/{County}/years/2018")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Concurrent_first_matches_of_one_demand_count_it_as_matched_once()
    {
        const string county = "370374";
        var client = api.ClientAs(Roles.Operator, county);
        var demandId = await client.RegisteredDemand(county);
        var experts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.RegisteredExpert(county)));

        var responses = await Task.WhenAll(experts.Select(expertId =>
            client.PostMatch(demandId, new MatchDemand(new DateOnly(2018, 8, 1), ExpertId: expertId))));

        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Created);
        (await client.GetDemand(demandId)).Matches.Should().HaveCount(8);
        await api.WaitForProjectionsAsync();
        (await client.Figure(Figure.DemandsMatched, county, 2018)).Should().Be(1);
    }

    [Fact]
    public async Task Concurrent_additions_of_one_expert_to_two_groups_admit_one()
    {
        var client = api.ClientAs(Roles.Operator);
        var groups = await Task.WhenAll(client.FormedGroup(), client.FormedGroup());
        var expertId = await client.RegisteredExpert();

        var responses = await Task.WhenAll(groups.Select(groupId => client.PostMember(groupId, expertId)));

        responses.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        (await client.GetExpert(expertId)).GroupId.Should().BeOneOf(groups);
    }
}
