namespace Fupin.EventSourced.Domain.Plans;

/// <summary>How plans and their targets refuse commands.</summary>
public static class PlanErrors
{
    public static readonly DomainError NotFound = new("plan.not-found", RefusalKind.NotFound, "Plan not found");

    public static readonly DomainError TargetsAlreadySet =
        new("plan.targets-already-set", RefusalKind.Conflict, "Targets already set for this indicator");

    public static readonly DomainError TargetNotFound =
        new("plan.target-not-found", RefusalKind.NotFound, "No target for this indicator and year");

    public static readonly DomainError YearOutsidePlan =
        new("plan.year-outside", RefusalKind.RuleViolation, "Year outside the plan's span");

    public static readonly DomainError TargetUnchanged =
        new("plan.target-unchanged", RefusalKind.RuleViolation, "Target unchanged");

    public static readonly DomainError DateOutOfOrder =
        new("plan.date-out-of-order", RefusalKind.RuleViolation, "Decision dated before the plan or the previous decision");
}
