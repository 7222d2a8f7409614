using System.Net;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Envoys.EndingAssignment;

namespace Fupin.EventSourced.Api.Tests.Envoys;

[Collection(ApiCollection.Name)]
public class EndAssignmentTests(ApiFixture api)
{
    private static readonly EndAssignment EndSeptember = new(new DateOnly(2018, 9, 30), "village merged");
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task Ending_a_running_assignment_is_a_200_and_the_envoy_shows_its_last_day()
    {
        var envoyId = await _operator.RegisteredEnvoy();
        var assignmentId = await _operator.AssignedToNewVillage(envoyId);

        var response = await _operator.PostEnd(envoyId, assignmentId, EndSeptember);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Written()).Should().Be(new Written(assignmentId, 3));
        response.Headers.ETag!.Tag.Should().Be("\"3\"");
        var assignment = (await _operator.GetEnvoy(envoyId)).Envoy.Assignments.Should().ContainSingle().Subject;
        (assignment.EndedOn, assignment.LastDay).Should().Be((new DateOnly(2018, 9, 30), new DateOnly(2018, 9, 30)));
    }

    [Fact]
    public async Task Ending_an_ended_assignment_is_a_409()
    {
        var envoyId = await _operator.RegisteredEnvoy();
        var assignmentId = await _operator.AssignedToNewVillage(envoyId);
        (await _operator.PostEnd(envoyId, assignmentId, EndSeptember)).EnsureSuccessStatusCode();

        var again = await _operator.PostEnd(envoyId, assignmentId, EndSeptember);

        await again.ShouldBeProblem(HttpStatusCode.Conflict, "assignment.already-ended");
    }

    [Fact]
    public async Task Ending_an_assignment_the_envoy_does_not_have_is_a_404()
    {
        var envoyId = await _operator.RegisteredEnvoy();
        var otherEnvoysAssignment = await _operator.AssignedToNewVillage(await _operator.RegisteredEnvoy());

        var response = await _operator.PostEnd(envoyId, otherEnvoysAssignment, EndSeptember);

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "assignment.not-found");
    }

    [Fact]
    public async Task Ending_an_assignment_of_an_unknown_envoy_is_a_404()
    {
        var response = await _operator.PostEnd(Guid.CreateVersion7().ToString(), Guid.CreateVersion7().ToString(), EndSeptember);

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "envoy.not-found");
    }

    [Fact]
    public async Task Ending_an_assignment_before_its_first_day_is_a_422()
    {
        var envoyId = await _operator.RegisteredEnvoy();
        var assignmentId = await _operator.AssignedToNewVillage(envoyId);

        var response = await _operator.PostEnd(envoyId, assignmentId, EndSeptember with { On = new DateOnly(2018, 5, 31) });

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "assignment.end-out-of-term");
    }
}
