namespace Fupin.EventSourced.Domain.Reports;

/// <summary>How report submission and approval refuse commands.</summary>
public static class ReportErrors
{
    public static readonly DomainError NotFound = new("report.not-found", RefusalKind.NotFound, "Report not found");

    public static readonly DomainError NotApproved = new("report.not-approved", RefusalKind.NotFound, "Report not approved");

    public static readonly DomainError AlreadySubmitted =
        new("report.already-submitted", RefusalKind.Conflict, "Report already submitted");

    public static readonly DomainError Locked =
        new("report.locked", RefusalKind.Conflict, "Report approved and locked");

    public static readonly DomainError NotSubmitted =
        new("report.not-submitted", RefusalKind.RuleViolation, "Report not awaiting approval");

    public static readonly DomainError DocumentChanged =
        new("report.document-changed", RefusalKind.Conflict, "Submitted document differs from the one reviewed");

    public static readonly DomainError ApproverIsSubmitter =
        new("report.approver-is-submitter", RefusalKind.RuleViolation, "Approver submitted the report");
}
