using FluentValidation;
using Fupin.EventSourced.Domain.Indicators;

namespace Fupin.EventSourced.Domain.Plans.Targeting;

/// <summary>Set a plan's baseline and yearly targets for one indicator (admin), once; later changes are revisions.</summary>
/// <param name="IndicatorCode">The indicator, e.g. <c>envoys-selected</c>.</param>
/// <param name="Baseline">The value before the plan, if known.</param>
/// <param name="Targets">One target per plan year it covers (seed 001: 2,000 farmers trained each of 2018, 2019, 2020).</param>
/// <param name="DecidedOn">The business date of the decision; not before the plan's adoption.</param>
public sealed record SetIndicatorTargets(string IndicatorCode, YearValue? Baseline, IReadOnlyList<YearValue> Targets, DateOnly DecidedOn)
{
    public static IEnumerable<object> Decide(SetIndicatorTargets command, Plan plan, Indicator indicator)
    {
        if (plan.HasTargetsFor(indicator.Id))
        {
            throw PlanErrors.TargetsAlreadySet.Because($"Plan {plan.Id} already has targets for {indicator.Id}; revise them one by one.");
        }

        if (command.Targets.FirstOrDefault(t => t.Year < plan.FirstYear || t.Year > plan.LastYear) is { } outside)
        {
            throw PlanErrors.YearOutsidePlan.Because($"{outside.Year} is outside the plan's years {plan.FirstYear}–{plan.LastYear}.");
        }

        if (command.Baseline is { } b && b.Year > plan.FirstYear)
        {
            throw PlanErrors.YearOutsidePlan.Because($"The baseline year {b.Year} is after the plan's first year {plan.FirstYear}.");
        }

        if (command.DecidedOn < plan.AdoptedOn)
        {
            throw PlanErrors.DateOutOfOrder.Because($"{command.DecidedOn:yyyy-MM-dd} is before the plan's adoption on {plan.AdoptedOn:yyyy-MM-dd}.");
        }

        yield return new IndicatorTargetsSet(plan.Id, indicator.Id,
            command.Baseline is { } baseline ? new Baseline(indicator.Id, baseline.Year, baseline.Value) : null,
            [.. command.Targets.OrderBy(t => t.Year)], command.DecidedOn);
    }
}

/// <summary>A value for a year.</summary>
/// <param name="Year">The year, e.g. <c>2018</c>.</param>
/// <param name="Value">The value, e.g. <c>240</c>.</param>
public sealed record YearValue(int Year, decimal Value);

/// <summary>A plan's baseline and first targets for one indicator were set.</summary>
public sealed record IndicatorTargetsSet(string PlanId, string IndicatorCode, Baseline? Baseline, IReadOnlyList<YearValue> Targets, DateOnly DecidedOn)
    : IEventOf<Plan>;

public sealed class SetIndicatorTargetsValidator : AbstractValidator<SetIndicatorTargets>
{
    public SetIndicatorTargetsValidator()
    {
        RuleFor(x => x.IndicatorCode).MustBeIndicatorCode();
        RuleFor(x => x.Targets).NotNull().NotEmpty()
            .Must(t => t is null || t.Select(y => y?.Year).Distinct().Count() == t.Count)
            .WithMessage("'{PropertyName}' must name each year once.");
        RuleForEach(x => x.Targets).NotNull().ChildRules(t =>
        {
            t.RuleFor(y => y.Year).MustBePlanYear();
            t.RuleFor(y => y.Value).MustBePlanValue();
        });
        RuleFor(x => x.Baseline!.Year).MustBePlanYear().When(x => x.Baseline is not null).WithName("Baseline.Year");
        RuleFor(x => x.Baseline!.Value).MustBePlanValue().When(x => x.Baseline is not null).WithName("Baseline.Value");
        RuleFor(x => x.DecidedOn).MustBeDecisionDate();
    }
}
