using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Plans.GettingDetails;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Plans.Revising;
using Fupin.EventSourced.Domain.Plans.Targeting;

namespace Fupin.EventSourced.Api.Tests.Plans;

[Collection(PlansCollection.Name)]
public class TargetTests(PlansCollection.Fixture api) : PlanTestsBase(api)
{
    [Fact]
    public async Task A_revised_target_keeps_the_earlier_one_so_the_target_in_force_on_any_date_is_known()
    {
        var county = PlansCollection.NewCounty();
        var planId = await Admin.DrawnUpPlan(county);
        var indicator = await Admin.DefinedIndicator(PlanScenarios.NewIndicator() with { NameZh = "培训农民", NameEn = "Farmers trained" });
        await Admin.TargetsSet(planId, indicator, 2000, 2000, 2000);
        var beforeRevision = DateTimeOffset.UtcNow;

        var revision = new ReviseTarget(indicator, 2019, 2500, "2019年中期调整：培训需求增加", new DateOnly(2019, 6, 1));
        var stale = await Admin.SendAsync(IndicatorTests.WithIfMatch($"/api/plans/{planId}/target-revisions", revision, "\"1\""));
        await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        var revised = await Admin.SendAsync(IndicatorTests.WithIfMatch($"/api/plans/{planId}/target-revisions", revision, "\"2\""));
        revised.StatusCode.Should().Be(HttpStatusCode.OK, await revised.Content.ReadAsStringAsync());

        var inMarch = await Analyst.GetFromJsonAsync<TargetExplained>(
            $"/api/plans/{planId}/targets/{indicator}/years/2019?asOf=2019-03-31", EnvoyScenarios.Json);
        inMarch!.InForce!.Value.Should().Be(2000);
        inMarch.Events.Select(e => (e.Value, e.PreviousValue, e.Reason)).Should().Equal(
            (2000m, (decimal?)null, (string?)null), (2500m, 2000m, "2019年中期调整：培训需求增加"));
        inMarch.Events.Should().OnlyContain(e => e.RecordedBy == "plans-admin" && e.Sequence > 0);

        var now = await Analyst.GetFromJsonAsync<TargetExplained>($"/api/plans/{planId}/targets/{indicator}/years/2019", EnvoyScenarios.Json);
        now!.InForce!.Value.Should().Be(2500);
        now.InForce.Revision.Should().Be(1);

        var knownBefore = await Analyst.GetFromJsonAsync<PlanView>(
            $"/api/plans/{planId}?knownOn={Uri.EscapeDataString(beforeRevision.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffK", System.Globalization.CultureInfo.InvariantCulture))}",
            EnvoyScenarios.Json);
        knownBefore!.Targets.Should().HaveCount(3).And.OnlyContain(t => t.Value == 2000);
        knownBefore.Version.Should().Be(2);

        var year2019 = await ProgressAsync(planId, county, 2019, "?asOf=2019-03-31");
        year2019.Rows.Single().Target.Should().Be(2000);
        (await ProgressAsync(planId, county, 2019)).Rows.Single().Target.Should().Be(2500);
    }

    [Fact]
    public async Task Targets_are_set_once_per_indicator_within_the_plan_years_and_revisions_refuse_what_changes_nothing()
    {
        var planId = await Admin.DrawnUpPlan(PlansCollection.NewCounty());
        var indicator = await Admin.DefinedIndicator();

        var outside = await Admin.PostTargets(planId, new SetIndicatorTargets(indicator, null, [new YearValue(2021, 10)], new DateOnly(2018, 2, 1)));
        await outside.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "plan.year-outside");
        var unknown = await Admin.PostTargets(planId, new SetIndicatorTargets("no-such-indicator", null, [new YearValue(2018, 10)], new DateOnly(2018, 2, 1)));
        await unknown.ShouldBeProblem(HttpStatusCode.NotFound, "indicator.not-found");

        await Admin.TargetsSet(planId, indicator, 240, 240, 240);
        var twice = await Admin.PostTargets(planId, new SetIndicatorTargets(indicator, null, [new YearValue(2018, 10)], new DateOnly(2018, 2, 1)));
        await twice.ShouldBeProblem(HttpStatusCode.Conflict, "plan.targets-already-set");

        var same = await Admin.SendAsync(IndicatorTests.WithIfMatch($"/api/plans/{planId}/target-revisions",
            new ReviseTarget(indicator, 2018, 240, "无变化", new DateOnly(2018, 5, 1)), "\"2\""));
        await same.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "plan.target-unchanged");
        var backdated = await Admin.SendAsync(IndicatorTests.WithIfMatch($"/api/plans/{planId}/target-revisions",
            new ReviseTarget(indicator, 2018, 250, "倒签", new DateOnly(2017, 12, 1)), "\"2\""));
        await backdated.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "plan.date-out-of-order");
    }
}
