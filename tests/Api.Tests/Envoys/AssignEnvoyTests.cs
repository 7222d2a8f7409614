using System.Net;
using Fupin.EventSourced.Api.Envoys.GettingDetails;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Envoys.Assigning;
using Fupin.EventSourced.Domain.Envoys.Withdrawing;
using Microsoft.AspNetCore.Mvc;

namespace Fupin.EventSourced.Api.Tests.Envoys;

[Collection(ApiCollection.Name)]
public class AssignEnvoyTests(ApiFixture api)
{
    private static readonly DateOnly June2018 = new(2018, 6, 1);
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task An_assignment_is_a_201_answering_the_assignment_id_and_the_envoys_new_version()
    {
        var envoyId = await _operator.RegisteredEnvoy();
        var village = await _operator.RegisteredVillage();

        var response = await _operator.PostAssignment(envoyId, new AssignEnvoy(village, June2018, new DateOnly(2020, 12, 31)));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var written = await response.Written();
        written.Id.Should().NotBe(envoyId);
        written.Version.Should().Be(2);
        response.Headers.ETag!.Tag.Should().Be("\"2\"");
        response.Headers.Location!.ToString().Should().Be($"/api/envoys/{envoyId}");
        var (envoy, _) = await _operator.GetEnvoy(envoyId);
        envoy.Assignments.Should().ContainSingle().Which.Should().Be(new AssignmentView(
            written.Id, village, June2018, new DateOnly(2020, 12, 31), EndedOn: null, LastDay: new DateOnly(2020, 12, 31)));
    }

    [Fact]
    public async Task Assigning_to_an_unknown_village_is_a_404_and_writes_nothing()
    {
        var envoyId = await _operator.RegisteredEnvoy();
        var before = await api.HighWaterMarkAsync();

        var response = await _operator.PostAssignment(envoyId, new AssignEnvoy(Codes.NewVillage(), June2018));

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "village.not-found");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Assigning_an_unknown_envoy_is_a_404()
    {
        var village = await _operator.RegisteredVillage();

        var response = await _operator.PostAssignment(Guid.CreateVersion7().ToString(), new AssignEnvoy(village, June2018));

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "envoy.not-found");
    }

    [Fact]
    public async Task Assigning_the_same_pair_over_days_it_already_serves_is_a_409()
    {
        var envoyId = await _operator.RegisteredEnvoy();
        var village = await _operator.RegisteredVillage();
        await _operator.Assigned(envoyId, village, June2018, new DateOnly(2018, 12, 31));

        var response = await _operator.PostAssignment(envoyId, new AssignEnvoy(village, new DateOnly(2018, 12, 31)));

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "assignment.overlaps");
        (await _operator.GetEnvoy(envoyId)).Envoy.Assignments.Should().ContainSingle();
    }

    [Fact]
    public async Task The_same_pair_may_serve_again_from_the_day_after_its_term()
    {
        var envoyId = await _operator.RegisteredEnvoy();
        var village = await _operator.RegisteredVillage();
        await _operator.Assigned(envoyId, village, June2018, new DateOnly(2018, 12, 31));

        var response = await _operator.PostAssignment(envoyId, new AssignEnvoy(village, new DateOnly(2019, 1, 1)));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Assigning_a_withdrawn_envoy_is_a_422()
    {
        var envoyId = await _operator.RegisteredEnvoy();
        (await _operator.PostWithdrawal(envoyId, new WithdrawEnvoy(new DateOnly(2019, 12, 31), "retired"))).EnsureSuccessStatusCode();

        var response = await _operator.PostAssignment(envoyId, new AssignEnvoy(await _operator.RegisteredVillage(), June2018));

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "envoy.withdrawn");
    }

    [Fact]
    public async Task An_assignment_before_the_selection_is_a_422()
    {
        var envoyId = await _operator.RegisteredEnvoy(selectedOn: new DateOnly(2018, 3, 1));

        var response = await _operator.PostAssignment(envoyId, new AssignEnvoy(await _operator.RegisteredVillage(), new DateOnly(2018, 2, 28)));

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "envoy.date-before-selection");
    }

    [Fact]
    public async Task An_invalid_assignment_is_a_400_naming_each_field()
    {
        var envoyId = await _operator.RegisteredEnvoy();

        var response = await _operator.PostAssignment(envoyId, new AssignEnvoy("3703", June2018, new DateOnly(2018, 5, 31)));

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        problem.Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().BeEquivalentTo("villageCode", "until");
    }
}
