using System.Net;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Envoys.Assigning;
using Fupin.EventSourced.Domain.Envoys.CorrectingDetails;
using Fupin.EventSourced.Domain.Envoys.EndingAssignment;
using Fupin.EventSourced.Domain.Envoys.Withdrawing;

namespace Fupin.EventSourced.Api.Tests.Envoys;

/// <summary>An envoy is scoped by the division that selected them, recorded in their stream: ids carry no place.</summary>
[Collection(ApiCollection.Name)]
public class EnvoyScopeTests(ApiFixture api)
{
    private readonly HttpClient _otherCounty = api.ClientAs(Roles.Operator, Codes.OtherCounty);
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator, Codes.County);

    [Fact]
    public async Task An_operator_cannot_read_an_envoy_of_another_county()
    {
        var envoyId = await _otherCounty.RegisteredEnvoy(Codes.OtherCounty);

        await (await _operator.GetAsync($"/api/envoys/{envoyId}")).ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
    }

    [Fact]
    public async Task An_analyst_of_another_county_cannot_read_the_envoy_either()
    {
        var envoyId = await _otherCounty.RegisteredEnvoy(Codes.OtherCounty);

        var response = await api.ClientAs(Roles.Analyst, Codes.County).GetAsync($"/api/envoys/{envoyId}");

        await response.ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
    }

    [Fact]
    public async Task An_operator_cannot_assign_an_envoy_of_another_county_and_nothing_is_written()
    {
        var envoyId = await _otherCounty.RegisteredEnvoy(Codes.OtherCounty);
        var village = await _operator.RegisteredVillage(Codes.NewVillage(Codes.County));
        var before = await api.HighWaterMarkAsync();

        var response = await _operator.PostAssignment(envoyId, new AssignEnvoy(village, new DateOnly(2018, 6, 1)));

        await response.ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task An_operator_cannot_assign_their_envoy_to_a_village_of_another_county()
    {
        var envoyId = await _operator.RegisteredEnvoy(Codes.County);
        var village = await _otherCounty.RegisteredVillage(Codes.NewVillage(Codes.OtherCounty));

        var response = await _operator.PostAssignment(envoyId, new AssignEnvoy(village, new DateOnly(2018, 6, 1)));

        await response.ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        (await _operator.GetEnvoy(envoyId)).Envoy.Assignments.Should().BeEmpty();
    }

    [Fact]
    public async Task An_operator_cannot_withdraw_correct_or_end_assignments_of_an_envoy_of_another_county()
    {
        var envoyId = await _otherCounty.RegisteredEnvoy(Codes.OtherCounty);
        var assignmentId = await _otherCounty.AssignedToNewVillage(envoyId, Codes.OtherCounty);
        var before = await api.HighWaterMarkAsync();

        var withdrawal = await _operator.PostWithdrawal(envoyId, new WithdrawEnvoy(new DateOnly(2019, 12, 31), "retired"));
        var correction = await _operator.PostCorrection(envoyId, new CorrectEnvoyDetails("typo", Title: "研究员"), "\"2\"");
        var end = await _operator.PostEnd(envoyId, assignmentId, new EndAssignment(new DateOnly(2018, 9, 30), "merged"));

        await withdrawal.ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        await correction.ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        await end.ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        (await api.HighWaterMarkAsync()).Should().Be(before);
        var (envoy, _) = await _otherCounty.GetEnvoy(envoyId);
        envoy.WithdrawnOn.Should().BeNull();
        envoy.Assignments.Should().ContainSingle().Which.EndedOn.Should().BeNull();
    }

    [Fact]
    public async Task A_city_operator_reads_assigns_and_withdraws_envoys_of_every_county_in_the_city()
    {
        var city = api.ClientAs(Roles.Operator, Codes.City);
        var envoyId = await _otherCounty.RegisteredEnvoy(Codes.OtherCounty);

        var assignmentId = await city.AssignedToNewVillage(envoyId, Codes.County);
        var withdrawal = await city.PostWithdrawal(envoyId, new WithdrawEnvoy(new DateOnly(2019, 12, 31), "retired"));

        withdrawal.StatusCode.Should().Be(HttpStatusCode.OK);
        var (envoy, _) = await city.GetEnvoy(envoyId);
        envoy.WithdrawnOn.Should().Be(new DateOnly(2019, 12, 31));
        envoy.Assignments.Should().ContainSingle(a => a.Id == assignmentId).Which.EndedOn.Should().Be(new DateOnly(2019, 12, 31));
    }
}
