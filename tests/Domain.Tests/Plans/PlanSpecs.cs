using Fupin.EventSourced.Domain.Plans;
using Fupin.EventSourced.Domain.Plans.DrawingUp;
using Fupin.EventSourced.Domain.Plans.Revising;
using Fupin.EventSourced.Domain.Plans.Targeting;
using static Fupin.EventSourced.Domain.Tests.Plans.Given;

namespace Fupin.EventSourced.Domain.Tests.Plans;

public class PlanSpecs
{
    private static readonly DateOnly Revised = new(2019, 6, 1);

    [Fact]
    public void Targets_are_set_once_per_indicator_with_the_baseline()
    {
        var command = new SetIndicatorTargets(Code, new YearValue(2017, 1500), [new(2020, 2000), new(2018, 2000), new(2019, 2000)], new DateOnly(2018, 1, 15));

        SetIndicatorTargets.Decide(command, PlanFrom(Drawn), Indicator()).Should().ContainSingle().Which.Should().BeEquivalentTo(TwoThousandAYear, o => o.WithStrictOrdering());
        FluentActions.Invoking(() => SetIndicatorTargets.Decide(command, PlanFrom(Drawn, TwoThousandAYear), Indicator()).ToList())
            .Should().Throw<DomainException>().Which.Error.Should().Be(PlanErrors.TargetsAlreadySet);
    }

    [Theory]
    [InlineData(2021, 2017, "2018-02-01")]
    [InlineData(2018, 2019, "2018-02-01")]
    public void Targets_lie_within_the_plan_years_and_the_baseline_before_them(int year, int baselineYear, string decidedOn)
    {
        var command = new SetIndicatorTargets(Code, new YearValue(baselineYear, 0), [new(year, 10)], DateOnly.Parse(decidedOn, System.Globalization.CultureInfo.InvariantCulture));

        FluentActions.Invoking(() => SetIndicatorTargets.Decide(command, PlanFrom(Drawn), Indicator()).ToList())
            .Should().Throw<DomainException>().Which.Error.Should().Be(PlanErrors.YearOutsidePlan);
    }

    [Fact]
    public void Targets_are_not_decided_before_the_plan_was_adopted()
    {
        var command = new SetIndicatorTargets(Code, null, [new(2018, 10)], new DateOnly(2017, 12, 31));

        FluentActions.Invoking(() => SetIndicatorTargets.Decide(command, PlanFrom(Drawn), Indicator()).ToList())
            .Should().Throw<DomainException>().Which.Error.Should().Be(PlanErrors.DateOutOfOrder);
    }

    [Fact]
    public void A_revision_carries_the_value_it_replaces_and_the_earlier_target_stays_in_force_before_its_date()
    {
        var plan = PlanFrom(Drawn, TwoThousandAYear);

        var revised = ReviseTarget.Decide(new ReviseTarget(Code, 2019, 2500, " 中期调整 ", Revised), plan).ToList();

        revised.Should().Equal(new TargetRevised(PlanId, Code, 2019, 2000, 2500, "中期调整", Revised));
        var after = revised.Aggregate(plan, Plan.Evolve);
        after.TargetOf(Code, 2019)!.Value.Should().Be(2500);
        after.TargetOf(Code, 2019, new DateOnly(2019, 3, 31))!.Value.Should().Be(2000, "in March 2019 the target was the one set in 2018");
        after.TargetOf(Code, 2019, new DateOnly(2017, 12, 31)).Should().BeNull();
        after.HistoryOf(Code, 2019).Select(t => (t.Value, t.Revision)).Should().Equal((2000m, 0), (2500m, 1));
        after.TargetOf(Code, 2018)!.Value.Should().Be(2000);
    }

    [Fact]
    public void A_revision_needs_a_target_a_change_and_a_date_not_before_the_previous_decision()
    {
        var plan = PlanFrom(Drawn, TwoThousandAYear);

        Refusal(new ReviseTarget("envoys-selected", 2019, 1, "x", Revised), plan).Should().Be(PlanErrors.TargetNotFound);
        Refusal(new ReviseTarget(Code, 2021, 1, "x", Revised), plan).Should().Be(PlanErrors.YearOutsidePlan);
        Refusal(new ReviseTarget(Code, 2019, 2000, "x", Revised), plan).Should().Be(PlanErrors.TargetUnchanged);
        Refusal(new ReviseTarget(Code, 2019, 2500, "x", new DateOnly(2018, 1, 1)), plan).Should().Be(PlanErrors.DateOutOfOrder);
    }

    [Theory]
    [InlineData("370300", 2018, 2020, true)]
    [InlineData("370302101", 2018, 2018, true)]
    [InlineData("370302101001", 2018, 2018, false)]
    [InlineData("370300", 2021, 2020, false)]
    [InlineData("370300", 2018, 2028, false)]
    public void A_plan_is_for_a_province_city_county_or_township_over_at_most_ten_years(string division, int first, int last, bool valid)
    {
        var result = new DrawUpPlanValidator().Validate(new DrawUpPlan("计划", division, first, last, "文号", new DateOnly(2018, 1, 15)));

        result.IsValid.Should().Be(valid);
    }

    private static DomainError Refusal(ReviseTarget command, Plan plan) =>
        FluentActions.Invoking(() => ReviseTarget.Decide(command, plan).ToList()).Should().Throw<DomainException>().Which.Error;
}
