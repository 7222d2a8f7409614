using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Demands.Reading;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Demands;
using Fupin.EventSourced.Domain.Demands.Agreements;
using Fupin.EventSourced.Domain.Demands.Closing;
using Fupin.EventSourced.Domain.Demands.Matching;
using Microsoft.AspNetCore.Mvc;

namespace Fupin.EventSourced.Api.Tests.Registries;

[Collection(ApiCollection.Name)]
public class DemandTests(ApiFixture api)
{
    /// <summary>A county no other test writes to, so its waiting list is exactly what the list test makes.</summary>
    private const string ListCounty = "370372";

    private static readonly DateOnly MatchedOn = new(2018, 8, 1);

    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task A_villages_demand_and_a_households_demand_are_registered_in_the_village()
    {
        var householdId = await _operator.RegisteredHousehold();
        var villageCode = (await _operator.GetHousehold(householdId)).VillageCode;

        var response = await _operator.PostAsJsonAsync("/api/demands", RegistryScenarios.NewDemand(villageCode, householdId: householdId));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var demandId = (await response.Written()).Id;
        response.Headers.Location!.ToString().Should().Be($"/api/demands/{demandId}");
        var (demand, etag) = await _operator.Read<DemandView>($"/api/demands/{demandId}");
        etag.Should().Be("\"1\"");
        demand.Should().BeEquivalentTo(new { VillageCode = villageCode, HouseholdId = householdId, RaisedOn = RegistryScenarios.RaisedOn, Matches = Array.Empty<object>() });
        (await _operator.GetDemand(await _operator.RegisteredDemand())).HouseholdId.Should().BeNull();
    }

    [Fact]
    public async Task A_household_of_another_village_or_an_unknown_village_or_household_is_refused_and_nothing_is_written()
    {
        var householdId = await _operator.RegisteredHousehold();
        var otherVillage = await _operator.RegisteredVillage(Codes.NewVillage());
        var before = await api.HighWaterMarkAsync();

        await (await _operator.PostAsJsonAsync("/api/demands", RegistryScenarios.NewDemand(otherVillage, householdId: householdId)))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "demand.household-not-in-village");
        await (await _operator.PostAsJsonAsync("/api/demands", RegistryScenarios.NewDemand(Codes.NewVillage())))
            .ShouldBeProblem(HttpStatusCode.NotFound, "village.not-found");
        await (await _operator.PostAsJsonAsync("/api/demands", RegistryScenarios.NewDemand(otherVillage, householdId: Guid.NewGuid().ToString())))
            .ShouldBeProblem(HttpStatusCode.NotFound, "household.not-found");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Invalid_input_is_a_400_naming_each_field_and_a_village_of_another_county_is_out_of_scope()
    {
        var problem = await (await _operator.PostAsJsonAsync("/api/demands",
                RegistryScenarios.NewDemand("3703", new DateOnly(1999, 1, 1)) with { Description = " " }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        problem.Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().BeEquivalentTo("villageCode", "description", "raisedOn");

        var foreignVillage = await api.ClientAs(Roles.Operator, Codes.OtherCounty).RegisteredVillage(Codes.NewVillage(Codes.OtherCounty));
        await (await _operator.PostAsJsonAsync("/api/demands", RegistryScenarios.NewDemand(foreignVillage)))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
    }

    [Fact]
    public async Task A_demand_is_matched_to_experts_and_technologies_signed_with_a_matched_expert_and_closed_as_met()
    {
        var demandId = await _operator.RegisteredDemand();
        var expertId = await _operator.RegisteredExpert(name: "张农");
        var technologyId = await _operator.RegisteredTechnology();

        var matched = await _operator.PostMatch(demandId, new MatchDemand(MatchedOn, ExpertId: expertId));
        matched.StatusCode.Should().Be(HttpStatusCode.Created);
        matched.Headers.ETag!.Tag.Should().Be("\"2\"");
        var matchId = (await matched.Written()).Id;
        (await _operator.PostMatch(demandId, new MatchDemand(MatchedOn, TechnologyId: technologyId))).StatusCode.Should().Be(HttpStatusCode.Created);
        var signed = await _operator.PostAsJsonAsync($"/api/demands/{demandId}/agreement",
            new SignAgreement(expertId, new DateOnly(2018, 9, 1), new DateOnly(2018, 9, 1), new DateOnly(2019, 8, 31)));
        signed.StatusCode.Should().Be(HttpStatusCode.Created, await signed.Content.ReadAsStringAsync());
        var closed = await _operator.PostAsJsonAsync($"/api/demands/{demandId}/closing", new CloseDemand(DemandOutcome.Met, new DateOnly(2019, 9, 1), "技术已掌握"));
        closed.StatusCode.Should().Be(HttpStatusCode.OK);

        var demand = await api.ClientAs(Roles.Analyst).GetDemand(demandId);
        demand.Matches.Should().BeEquivalentTo([
            new DemandMatchView(matchId, expertId, "张农", null, null, MatchedOn),
            new DemandMatchView(demand.Matches[1].Id, null, null, technologyId, "鲁麦 23 号", MatchedOn),
        ], o => o.WithStrictOrdering());
        demand.Agreement.Should().BeEquivalentTo(new { ResponsibleExpertId = expertId, ResponsibleExpertName = "张农", Until = new DateOnly(2019, 8, 31) });
        demand.Should().BeEquivalentTo(new { Outcome = DemandOutcome.Met, ClosedOn = new DateOnly(2019, 9, 1), CloseReason = "技术已掌握", Version = 5L });
    }

    [Fact]
    public async Task The_matching_rules_refuse_a_second_match_to_one_expert_a_closed_demand_and_unknown_partners()
    {
        var demandId = await _operator.RegisteredDemand();
        var expertId = await _operator.RegisteredExpert();
        await _operator.MatchedTo(demandId, expertId);

        await (await _operator.PostMatch(demandId, new MatchDemand(MatchedOn, ExpertId: expertId))).ShouldBeProblem(HttpStatusCode.Conflict, "demand.already-matched");
        await (await _operator.PostMatch(demandId, new MatchDemand(MatchedOn, ExpertId: Guid.NewGuid().ToString()))).ShouldBeProblem(HttpStatusCode.NotFound, "expert.not-found");
        await (await _operator.PostMatch(demandId, new MatchDemand(MatchedOn, TechnologyId: Guid.NewGuid().ToString()))).ShouldBeProblem(HttpStatusCode.NotFound, "technology.not-found");
        await (await _operator.PostMatch(Guid.NewGuid().ToString(), new MatchDemand(MatchedOn, ExpertId: expertId))).ShouldBeProblem(HttpStatusCode.NotFound, "demand.not-found");
        var problem = await (await _operator.PostMatch(demandId, new MatchDemand(MatchedOn, expertId, "t"))).ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        problem.Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().Equal("technologyId");

        (await _operator.PostAsJsonAsync($"/api/demands/{demandId}/closing", new CloseDemand(DemandOutcome.NotMet, MatchedOn, "村民外出务工"))).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await _operator.PostMatch(demandId, new MatchDemand(MatchedOn, ExpertId: await _operator.RegisteredExpert()))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "demand.closed");
        await (await _operator.PostAsJsonAsync($"/api/demands/{demandId}/closing", new CloseDemand(DemandOutcome.NotMet, MatchedOn, "again")))
            .ShouldBeProblem(HttpStatusCode.Conflict, "demand.already-closed");
    }

    [Fact]
    public async Task An_agreement_needs_a_matched_expert_and_a_demand_has_only_one()
    {
        var demandId = await _operator.RegisteredDemand();
        var expertId = await _operator.RegisteredExpert();
        var agreement = new SignAgreement(expertId, new DateOnly(2018, 9, 1), new DateOnly(2018, 9, 1), new DateOnly(2019, 8, 31));
        var path = $"/api/demands/{demandId}/agreement";

        await (await _operator.PostAsJsonAsync(path, agreement)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "demand.not-matched");
        await _operator.MatchedTo(demandId, await _operator.RegisteredExpert());
        await (await _operator.PostAsJsonAsync(path, agreement)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "demand.expert-not-matched");
        await _operator.MatchedTo(demandId, expertId);
        (await _operator.PostAsJsonAsync(path, agreement)).StatusCode.Should().Be(HttpStatusCode.Created);
        await (await _operator.PostAsJsonAsync(path, agreement)).ShouldBeProblem(HttpStatusCode.Conflict, "demand.agreement-already-signed");
        var problem = await (await _operator.PostAsJsonAsync(path, agreement with { Until = new DateOnly(2018, 1, 1) })).ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        problem.Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().Equal("until");
    }

    [Fact]
    public async Task An_unmatched_demand_cannot_be_closed_as_met()
    {
        var demandId = await _operator.RegisteredDemand();

        await (await _operator.PostAsJsonAsync($"/api/demands/{demandId}/closing", new CloseDemand(DemandOutcome.Met, MatchedOn, "done")))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "demand.not-matched");
    }

    [Fact]
    public async Task A_match_with_a_stale_if_match_is_a_412_and_writes_nothing()
    {
        var demandId = await _operator.RegisteredDemand();
        var expertId = await _operator.RegisteredExpert();
        await _operator.MatchedTo(demandId, await _operator.RegisteredExpert());
        var before = await api.HighWaterMarkAsync();

        var response = await _operator.SendAsync(RegistryScenarios.Command($"/api/demands/{demandId}/matches", new MatchDemand(MatchedOn, ExpertId: expertId), ifMatch: "\"1\""));

        await response.ShouldBeProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_retried_match_with_its_idempotency_key_is_applied_once()
    {
        var demandId = await _operator.RegisteredDemand();
        var command = new MatchDemand(MatchedOn, ExpertId: await _operator.RegisteredExpert());
        var key = $"match-{Guid.NewGuid()}";

        var first = await _operator.SendAsync(RegistryScenarios.Command($"/api/demands/{demandId}/matches", command, idempotencyKey: key));
        var retry = await _operator.SendAsync(RegistryScenarios.Command($"/api/demands/{demandId}/matches", command, idempotencyKey: key));

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        retry.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await retry.Written()).Should().Be(await first.Written());
        (await _operator.GetDemand(demandId)).Matches.Should().ContainSingle();
    }

    [Fact]
    public async Task The_waiting_list_holds_a_divisions_open_unmatched_demands_oldest_first_in_pages()
    {
        var city = api.ClientAs(Roles.Operator, Codes.City);
        var late = await city.RegisteredDemand(ListCounty, new DateOnly(2018, 7, 3));
        var early = await city.RegisteredDemand(ListCounty, new DateOnly(2018, 7, 1));
        var middle = await city.RegisteredDemand(ListCounty, new DateOnly(2018, 7, 2));
        var matched = await city.RegisteredDemand(ListCounty, new DateOnly(2018, 6, 1));
        await city.MatchedTo(matched, await city.RegisteredExpert(Codes.City));
        var closed = await city.RegisteredDemand(ListCounty, new DateOnly(2018, 6, 2));
        (await city.PostAsJsonAsync($"/api/demands/{closed}/closing", new CloseDemand(DemandOutcome.NotMet, new DateOnly(2018, 7, 1), "withdrawn"))).EnsureSuccessStatusCode();

        var (all, _) = await api.ClientAs(Roles.Analyst, Codes.City).Read<WaitingDemandsPage>($"/api/demands/divisions/{ListCounty}/waiting");
        var (second, _) = await city.Read<WaitingDemandsPage>($"/api/demands/divisions/{ListCounty}/waiting?page=2&pageSize=1");

        all.Items.Select(d => d.Id).Should().Equal(early, middle, late);
        all.Total.Should().Be(3);
        second.Items.Select(d => d.Id).Should().Equal(middle);
        await (await _operator.GetAsync($"/api/demands/divisions/{ListCounty}/waiting")).ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
    }
}
