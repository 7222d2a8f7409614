namespace Fupin.EventSourced.Domain.Envoys;

/// <summary>How the envoy register and its assignments refuse commands and reads.</summary>
public static class EnvoyErrors
{
    public static readonly DomainError NotFound = new("envoy.not-found", RefusalKind.NotFound, "Envoy not found");

    public static readonly DomainError AlreadyWithdrawn =
        new("envoy.already-withdrawn", RefusalKind.Conflict, "Envoy already withdrawn");

    public static readonly DomainError Withdrawn =
        new("envoy.withdrawn", RefusalKind.RuleViolation, "Envoy withdrawn");

    public static readonly DomainError DetailsUnchanged =
        new("envoy.details-unchanged", RefusalKind.RuleViolation, "Envoy details unchanged");

    public static readonly DomainError DateBeforeSelection =
        new("envoy.date-before-selection", RefusalKind.RuleViolation, "Date before the envoy's selection");

    public static readonly DomainError AssignmentNotFound =
        new("assignment.not-found", RefusalKind.NotFound, "Assignment not found");

    public static readonly DomainError AssignmentOverlaps =
        new("assignment.overlaps", RefusalKind.Conflict, "Assignment overlaps an existing one");

    public static readonly DomainError AssignmentAlreadyEnded =
        new("assignment.already-ended", RefusalKind.Conflict, "Assignment already ended");

    public static readonly DomainError AssignmentEndOutOfTerm =
        new("assignment.end-out-of-term", RefusalKind.RuleViolation, "End date outside the assignment's term");
}
