using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Plans.Progress;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Indicators;
using Fupin.EventSourced.Projections.Figures;

namespace Fupin.EventSourced.Api.Tests.Plans;

[Collection(PlansCollection.Name)]
public class TargetVersusActualTests(PlansCollection.Fixture api) : PlanTestsBase(api)
{
    [Fact]
    public async Task Met_follows_the_direction_more_is_better_at_or_above_the_target_less_is_better_at_or_below()
    {
        var county = PlansCollection.NewCounty();
        var planId = await Admin.DrawnUpPlan(county);
        var more = await Admin.DefinedIndicator(PlanScenarios.NewIndicator(direction: Direction.MoreIsBetter));
        var moreMissed = await Admin.DefinedIndicator(PlanScenarios.NewIndicator(direction: Direction.MoreIsBetter));
        var less = await Admin.DefinedIndicator(PlanScenarios.NewIndicator(direction: Direction.LessIsBetter));
        var lessMet = await Admin.DefinedIndicator(PlanScenarios.NewIndicator(direction: Direction.LessIsBetter));
        await Admin.TargetsSet(planId, more, 3);
        await Admin.TargetsSet(planId, moreMissed, 5);
        await Admin.TargetsSet(planId, less, 2);
        await Admin.TargetsSet(planId, lessMet, 3);
        foreach (var month in new[] { 3, 4, 5 })
        {
            await EnvoySelected(county, new DateOnly(2018, month, 1));
        }

        var progress = await ProgressAsync(planId, county, 2018);

        progress.Rows.Select(r => (r.IndicatorCode, r.Target, r.Actual, r.Gap, r.Met)).Should().Equal(
            (more, 3m, 3m, 0m, true),
            (moreMissed, 5m, 3m, -2m, false),
            (less, 2m, 3m, 1m, false),
            (lessMet, 3m, 3m, 0m, true));
        progress.Rows[0].Baseline.Should().Be(0);
        progress.Rows[0].BaselineYear.Should().Be(2017);
    }

    [Fact]
    public async Task All_years_of_a_plan_come_at_once_and_roll_up_by_division_prefix()
    {
        var city = PlansCollection.NewCity();
        var (county, otherCounty) = (city[..4] + "02", city[..4] + "03");
        var cityOperator = Api.ClientAs("operator", city);
        var planId = await Admin.DrawnUpPlan(city);
        var indicator = await Admin.DefinedIndicator();
        await Admin.TargetsSet(planId, indicator, 2, 2, 2);
        await cityOperator.RegisteredEnvoy(county, new DateOnly(2018, 3, 1));
        await cityOperator.RegisteredEnvoy(county, new DateOnly(2019, 3, 1));
        await cityOperator.RegisteredEnvoy(otherCounty, new DateOnly(2019, 4, 1));
        await Api.WaitForProjectionsAsync();

        var chart = await Analyst.GetFromJsonAsync<PlanProgressByYear>($"/api/plans/{planId}/progress/{city}", EnvoyScenarios.Json);

        chart!.Years.Select(y => (y.Year, y.Rows.Single().Actual, y.Rows.Single().Met)).Should().Equal(
            (2018, 1m, false), (2019, 2m, true), (2020, 0m, false));
        chart.DivisionPrefix.Should().Be(city[..4]);
    }

    [Fact]
    public async Task Explain_lists_exactly_the_events_that_make_up_an_actual_paged_in_sequence_order()
    {
        var county = PlansCollection.NewCounty();
        var other = PlansCollection.NewCounty();
        var planId = await Admin.DrawnUpPlan(county);
        var indicator = await Admin.DefinedIndicator();
        await Admin.TargetsSet(planId, indicator, 3);
        var counted = new List<string>();
        foreach (var month in new[] { 3, 4, 5 })
        {
            counted.Add(await EnvoySelected(county, new DateOnly(2018, month, 1)));
        }

        await EnvoySelected(county, new DateOnly(2019, 1, 1));
        await EnvoySelected(other, new DateOnly(2018, 3, 1));
        await Api.WaitForProjectionsAsync();

        var path = $"/api/plans/{planId}/progress/{county}/years/2018/indicators/{indicator}/events";
        var first = await Analyst.GetFromJsonAsync<ActualExplained>($"{path}?limit=2", EnvoyScenarios.Json);
        var second = await Analyst.GetFromJsonAsync<ActualExplained>($"{path}?limit=2&after={first!.NextAfter}", EnvoyScenarios.Json);

        first.Figure.Should().Be(Figure.EnvoysSelected);
        first.Entries.Should().HaveCount(2);
        first.NextAfter.Should().Be(first.Entries[1].Sequence);
        second!.NextAfter.Should().BeNull();
        var entries = first.Entries.Concat(second.Entries).ToList();
        entries.Select(e => e.StreamId).Should().Equal(counted);
        entries.Select(e => e.Sequence).Should().BeInAscendingOrder();
        entries.Should().OnlyContain(e => e.Amount == 1 && e.DivisionCode == county && e.On.Year == 2018);
        entries.Sum(e => e.Amount).Should().Be((await ProgressAsync(planId, county, 2018)).Rows.Single().Actual);

        var badFigure = await Analyst.GetAsync($"{path}?figure=FundsDisbursed");
        await badFigure.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
    }

    [Fact]
    public async Task A_report_asked_as_of_a_business_date_and_as_known_at_an_instant_counts_only_what_each_allows()
    {
        var county = PlansCollection.NewCounty();
        var planId = await Admin.DrawnUpPlan(county);
        var indicator = await Admin.DefinedIndicator();
        await Admin.TargetsSet(planId, indicator, 3);
        await EnvoySelected(county, new DateOnly(2018, 3, 1));
        await EnvoySelected(county, new DateOnly(2018, 9, 1));
        await Api.WaitForProjectionsAsync();
        await FigureLedger.RecordMarkAsync(Api.Store, CancellationToken.None);
        var knownOn = DateTimeOffset.UtcNow;
        await EnvoySelected(county, new DateOnly(2018, 4, 1));

        var instant = Uri.EscapeDataString(knownOn.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffK", System.Globalization.CultureInfo.InvariantCulture));
        (await ProgressAsync(planId, county, 2018)).Rows.Single().Actual.Should().Be(3);
        (await ProgressAsync(planId, county, 2018, "?asOf=2018-06-30")).Rows.Single().Actual.Should().Be(2);
        (await ProgressAsync(planId, county, 2018, $"?knownOn={instant}")).Rows.Single().Actual.Should().Be(2);
        (await ProgressAsync(planId, county, 2018, $"?knownOn={instant}&asOf=2018-06-30")).Rows.Single().Actual.Should().Be(1);
        var beforeThePlan = await Analyst.GetAsync($"/api/plans/{planId}/progress/{county}/years/2018?knownOn=2017-12-31");
        await beforeThePlan.ShouldBeProblem(HttpStatusCode.NotFound, "plan.not-found");

        var malformed = await Analyst.GetAsync($"/api/plans/{planId}/progress/{county}/years/2018?asOf=2018-13-01");
        await malformed.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
    }
}
