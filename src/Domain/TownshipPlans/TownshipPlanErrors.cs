namespace Fupin.EventSourced.Domain.TownshipPlans;

/// <summary>How township plans refuse commands and reads.</summary>
public static class TownshipPlanErrors
{
    public static readonly DomainError NotFound = new("township-plan.not-found", RefusalKind.NotFound, "Township plan not found");

    public static readonly DomainError TaskNotFound = new("township-plan.task-not-found", RefusalKind.NotFound, "Plan task not found");

    public static readonly DomainError TaskCompleted = new("township-plan.task-completed", RefusalKind.Conflict, "Plan task already completed");

    public static readonly DomainError ProgressOutOfOrder =
        new("township-plan.progress-out-of-order", RefusalKind.RuleViolation, "Progress dated before the plan or the previous report");
}
