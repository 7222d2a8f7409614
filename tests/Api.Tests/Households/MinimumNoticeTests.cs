using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Households.Reports;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Households;

namespace Fupin.EventSourced.Api.Tests.Households;

/// <summary><c>Households:MinimumNoticeDays</c> is 10 on this host.</summary>
[Collection(IsolatedHouseholdsCollection.Name)]
public class MinimumNoticeTests(IsolatedHouseholdsCollection.Fixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task With_a_configured_minimum_of_ten_days_approval_on_day_seven_is_a_422_and_on_day_ten_passes()
    {
        var id = await _operator.RegisteredHousehold();
        var started = new DateOnly(2019, 3, 15);
        await _operator.InNotice(id, started);

        var onDaySeven = await _operator.PostStep(id, LifecycleStep.ApproveExit, started.AddDays(7));

        (await onDaySeven.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "household.notice-too-short"))
            .Detail.Should().Contain("at least 10 days").And.Contain("from 2019-03-25");
        await _operator.Stepped(id, (LifecycleStep.ApproveExit, started.AddDays(IsolatedHouseholdsCollection.Fixture.MinimumNoticeDays)));
    }

    [Fact]
    public async Task A_notice_ends_after_the_configured_minimum()
    {
        var id = await _operator.RegisteredHousehold();
        await _operator.InNotice(id, new DateOnly(2019, 3, 15));

        var notices = await _operator.GetFromJsonAsync<List<RunningNotice>>($"/api/households/divisions/{Codes.County}/notices", EnvoyScenarios.Json);

        notices.Should().ContainSingle(n => n.HouseholdId == id).Which.Should().Match<RunningNotice>(n =>
            n.StartedOn == new DateOnly(2019, 3, 15) && n.EndsOn == new DateOnly(2019, 3, 25) && !n.Running);
    }
}
