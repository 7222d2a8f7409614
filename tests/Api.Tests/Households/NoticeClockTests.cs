using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Households;
using Fupin.EventSourced.Api.Households.Reports;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Households;
using Microsoft.Extensions.DependencyInjection;

namespace Fupin.EventSourced.Api.Tests.Households;

[CollectionDefinition(Name)]
public sealed class FakeClockCollection : ICollectionFixture<FakeClockCollection.Fixture>
{
    public const string Name = "Fake clock";

    /// <summary>The API with a clock the tests move: "today" is whatever they set, no sleeping.</summary>
    public sealed class Fixture : ApiFixture
    {
        public FakeClock Clock { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }
}

/// <summary>
/// A clock that stands still until moved. It starts at the real time and only moves forward, a day at a time: the
/// bearer-token checks read the same clock, and a token issued now stays acceptable.
/// </summary>
public sealed class FakeClock : TimeProvider
{
    private DateTimeOffset _now = TimeProvider.System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>"Today" as the API reads it (the business date in China).</summary>
    public DateOnly Today => BusinessDates.Today(this);

    public void Advance(TimeSpan by) => _now += by;
}

[Collection(FakeClockCollection.Name)]
public class NoticeClockTests(FakeClockCollection.Fixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task Approval_dated_today_six_days_into_the_notice_is_a_422_and_passes_once_the_clock_reaches_day_seven()
    {
        var id = await _operator.RegisteredHousehold();
        var started = api.Clock.Today.AddDays(-6);
        await _operator.InNotice(id, started);

        var early = await _operator.PostStep(id, LifecycleStep.ApproveExit, api.Clock.Today);

        (await early.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "household.notice-too-short"))
            .Detail.Should().Contain($"from {started.AddDays(7):yyyy-MM-dd}");
        api.Clock.Advance(TimeSpan.FromDays(1));
        var onDaySeven = await _operator.PostStep(id, LifecycleStep.ApproveExit, api.Clock.Today);
        onDaySeven.StatusCode.Should().Be(HttpStatusCode.OK, await onDaySeven.Content.ReadAsStringAsync());
        (await _operator.GetHousehold(id)).Status.Should().Be(HouseholdStatus.CountyApproved);
    }

    [Fact]
    public async Task A_step_dated_tomorrow_by_the_clock_is_a_422_and_is_accepted_once_that_day_has_come()
    {
        var id = await _operator.RegisteredHousehold();
        var tomorrow = api.Clock.Today.AddDays(1);

        var early = await _operator.PostStep(id, LifecycleStep.ProposeExit, tomorrow);

        (await early.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "household.date-out-of-order"))
            .Detail.Should().Contain($"after today ({api.Clock.Today:yyyy-MM-dd})");
        api.Clock.Advance(TimeSpan.FromDays(1));
        (await _operator.PostStep(id, LifecycleStep.ProposeExit, tomorrow)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_notice_shows_as_running_until_the_clock_reaches_its_seventh_day()
    {
        var id = await _operator.RegisteredHousehold();
        var started = api.Clock.Today.AddDays(-6);
        await _operator.InNotice(id, started);

        var running = await Notice(id);
        api.Clock.Advance(TimeSpan.FromDays(1));
        var ended = await Notice(id);

        running.Should().Be(new RunningNotice(id, running.VillageCode, started, started.AddDays(7), Running: true));
        ended.Should().Be(running with { Running = false });
    }

    private async Task<RunningNotice> Notice(string householdId)
    {
        var notices = await _operator.GetFromJsonAsync<List<RunningNotice>>($"/api/households/divisions/{Codes.County}/notices", EnvoyScenarios.Json);
        return notices.Should().ContainSingle(n => n.HouseholdId == householdId).Subject;
    }
}
