using FluentValidation;

namespace Fupin.EventSourced.Domain.Plans.DrawingUp;

/// <summary>Draw up a plan of a division for a span of years (admin); targets are set per indicator after.</summary>
/// <param name="Name">The plan's title, e.g. <c>淄博市科技扶贫三年行动计划（2018—2020年）</c>.</param>
/// <param name="DivisionCode">6-digit province, city or county code, or 9-digit township code, e.g. <c>370300</c>.</param>
/// <param name="FirstYear">First plan year, e.g. <c>2018</c>.</param>
/// <param name="LastYear">Last plan year, e.g. <c>2020</c>; at most 10 years after the first.</param>
/// <param name="Document">The adopting document's reference, e.g. <c>淄科发〔2018〕12号</c>.</param>
/// <param name="AdoptedOn">The business date the plan was adopted.</param>
public sealed record DrawUpPlan(string Name, string DivisionCode, int FirstYear, int LastYear, string Document, DateOnly AdoptedOn)
{
    public static Decision Decide(DrawUpPlan command, string planId) =>
        Decision.Start<Plan>(planId, new PlanDrawnUp(planId, command.Name.Trim(), command.DivisionCode, command.FirstYear,
            command.LastYear, command.Document.Trim(), command.AdoptedOn));
}

/// <summary>A plan was drawn up.</summary>
public sealed record PlanDrawnUp(string PlanId, string Name, string DivisionCode, int FirstYear, int LastYear, string Document, DateOnly AdoptedOn)
    : IEventOf<Plan>;

public sealed class DrawUpPlanValidator : AbstractValidator<DrawUpPlan>
{
    public DrawUpPlanValidator()
    {
        RuleFor(x => x.Name).MustBeText(PlanRules.MaxTextLength);
        RuleFor(x => x.Document).MustBeText(PlanRules.MaxTextLength);
        RuleFor(x => x.DivisionCode).Must(PlanRules.IsPlanDivision)
            .WithMessage("'{PropertyName}' must be a 6-digit province, city or county code (370300) or a 9-digit township code (370302101).");
        RuleFor(x => x.FirstYear).MustBePlanYear();
        RuleFor(x => x.LastYear).MustBePlanYear()
            .Must((x, last) => last >= x.FirstYear && last - x.FirstYear < PlanRules.MaxYears)
            .WithMessage($"'{{PropertyName}}' must be from the first year to {PlanRules.MaxYears - 1} years after it.");
        RuleFor(x => x.AdoptedOn).MustBeDecisionDate();
    }
}
