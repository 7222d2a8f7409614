using FluentValidation;
using Fupin.EventSourced.Domain.Indicators;

namespace Fupin.EventSourced.Domain.Plans.Revising;

/// <summary>
/// Revise one target (admin). The earlier target stays in the plan's history with its date; the revision carries
/// the value it replaces and why, so "what was the target in March 2019" has an answer.
/// </summary>
/// <param name="IndicatorCode">The indicator.</param>
/// <param name="Year">The plan year.</param>
/// <param name="Value">The new target.</param>
/// <param name="Reason">Why, e.g. <c>2019年中期调整：培训需求增加</c>.</param>
/// <param name="DecidedOn">The business date of the revising decision; not before the target's previous decision.</param>
public sealed record ReviseTarget(string IndicatorCode, int Year, decimal Value, string Reason, DateOnly DecidedOn)
{
    public static IEnumerable<object> Decide(ReviseTarget command, Plan plan)
    {
        if (command.Year < plan.FirstYear || command.Year > plan.LastYear)
        {
            throw PlanErrors.YearOutsidePlan.Because($"{command.Year} is outside the plan's years {plan.FirstYear}–{plan.LastYear}.");
        }

        if (plan.TargetOf(command.IndicatorCode, command.Year) is not { } current)
        {
            throw PlanErrors.TargetNotFound.Because($"Plan {plan.Id} has no target for {command.IndicatorCode} in {command.Year}; set it first.");
        }

        if (current.Value == command.Value)
        {
            throw PlanErrors.TargetUnchanged.Because($"The target for {command.IndicatorCode} in {command.Year} is already {current.Value}.");
        }

        if (command.DecidedOn < current.DecidedOn)
        {
            throw PlanErrors.DateOutOfOrder.Because(
                $"{command.DecidedOn:yyyy-MM-dd} is before the target's previous decision on {current.DecidedOn:yyyy-MM-dd}.");
        }

        yield return new TargetRevised(plan.Id, command.IndicatorCode, command.Year, current.Value, command.Value, command.Reason.Trim(), command.DecidedOn);
    }
}

/// <summary>A target was revised from <paramref name="PreviousValue"/> to <paramref name="Value"/>.</summary>
public sealed record TargetRevised(string PlanId, string IndicatorCode, int Year, decimal PreviousValue, decimal Value, string Reason, DateOnly DecidedOn)
    : IEventOf<Plan>;

public sealed class ReviseTargetValidator : AbstractValidator<ReviseTarget>
{
    public ReviseTargetValidator()
    {
        RuleFor(x => x.IndicatorCode).MustBeIndicatorCode();
        RuleFor(x => x.Year).MustBePlanYear();
        RuleFor(x => x.Value).MustBePlanValue();
        RuleFor(x => x.Reason).MustBeText(PlanRules.MaxTextLength);
        RuleFor(x => x.DecidedOn).MustBeDecisionDate();
    }
}
