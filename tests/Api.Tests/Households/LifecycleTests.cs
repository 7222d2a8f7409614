using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Lifecycle;

namespace Fupin.EventSourced.Api.Tests.Households;

[Collection(ApiCollection.Name)]
public class LifecycleTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task A_household_goes_from_registered_through_notice_and_approval_to_exited_and_each_step_is_an_event()
    {
        var id = await _operator.RegisteredHousehold();

        await _operator.Stepped(id,
            (LifecycleStep.ProposeExit, new DateOnly(2019, 3, 1)),
            (LifecycleStep.PassVillageReview, new DateOnly(2019, 3, 10)),
            (LifecycleStep.StartPublicNotice, new DateOnly(2019, 3, 15)),
            (LifecycleStep.ApproveExit, new DateOnly(2019, 3, 22)));
        var exited = await _operator.PostStep(id, LifecycleStep.MarkExited, new DateOnly(2019, 12, 30));

        exited.StatusCode.Should().Be(HttpStatusCode.OK);
        (await exited.Written()).Should().Be(new Written(id, 6));
        exited.Headers.ETag!.Tag.Should().Be("\"6\"");
        var household = await _operator.GetHousehold(id);
        household.Status.Should().Be(HouseholdStatus.Exited);
        household.StatusSince.Should().Be(new DateOnly(2019, 12, 30));
        household.NoticeStartedOn.Should().Be(new DateOnly(2019, 3, 15));
        household.ExitYear.Should().Be(2019);
        await using var session = api.Store.QuerySession();
        var steps = (await session.Events.FetchStreamAsync(id)).Skip(1).Select(e => e.Data).Cast<HouseholdStatusChanged>();
        steps.Select(s => (s.From, s.To)).Should().Equal(
            (HouseholdStatus.RegisteredPoor, HouseholdStatus.ProposedForExit),
            (HouseholdStatus.ProposedForExit, HouseholdStatus.VillageReviewPassed),
            (HouseholdStatus.VillageReviewPassed, HouseholdStatus.PublicNotice),
            (HouseholdStatus.PublicNotice, HouseholdStatus.CountyApproved),
            (HouseholdStatus.CountyApproved, HouseholdStatus.Exited));
    }

    [Fact]
    public async Task A_step_the_current_state_does_not_allow_is_a_422_naming_the_state_and_appends_nothing()
    {
        var id = await _operator.RegisteredHousehold();
        var before = await api.HighWaterMarkAsync();

        var response = await _operator.PostStep(id, LifecycleStep.ApproveExit, new DateOnly(2019, 3, 22));

        var problem = await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "household.step-not-allowed");
        problem.Detail.Should().Contain("RegisteredPoor").And.Contain("ApproveExit").And.Contain("allowed: ProposeExit");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task An_objection_sends_the_household_back_to_proposed()
    {
        var id = await _operator.RegisteredHousehold();
        await _operator.InNotice(id, new DateOnly(2019, 3, 15));

        await _operator.Stepped(id, (LifecycleStep.RecordObjection, new DateOnly(2019, 3, 17)));

        (await _operator.GetHousehold(id)).Status.Should().Be(HouseholdStatus.ProposedForExit);
    }

    [Fact]
    public async Task A_step_dated_before_the_previous_one_is_a_422()
    {
        var id = await _operator.RegisteredHousehold();
        await _operator.Stepped(id, (LifecycleStep.ProposeExit, new DateOnly(2019, 3, 10)));

        var response = await _operator.PostStep(id, LifecycleStep.PassVillageReview, new DateOnly(2019, 3, 9));

        (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "household.date-out-of-order")).Detail.Should().Contain("2019-03-10");
    }

    [Fact]
    public async Task A_step_with_a_stale_if_match_is_a_412()
    {
        var id = await _operator.RegisteredHousehold();
        await _operator.Stepped(id, (LifecycleStep.ProposeExit, new DateOnly(2019, 3, 10)));
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/households/{id}/lifecycle-steps")
        {
            Content = JsonContent.Create(new RecordLifecycleStep(LifecycleStep.PassVillageReview, new DateOnly(2019, 3, 11), "review")),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        await (await _operator.SendAsync(request)).ShouldBeProblem(HttpStatusCode.PreconditionFailed, "version.stale");
    }

    [Fact]
    public async Task A_step_for_an_unknown_household_is_a_404()
    {
        var response = await _operator.PostStep(Guid.CreateVersion7().ToString(), LifecycleStep.ProposeExit, new DateOnly(2019, 3, 10));

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "household.not-found");
    }
}
