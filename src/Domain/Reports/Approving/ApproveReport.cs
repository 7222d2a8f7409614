using FluentValidation;

namespace Fupin.EventSourced.Domain.Reports.Approving;

/// <summary>Approve a submitted county report (the city, or any level above the county); the approval locks the county-year.</summary>
/// <param name="ContentHash">The SHA-256 of the document the approver reviewed: the approval holds only for that document.</param>
public sealed record ApproveReport(string ContentHash)
{
    /// <param name="approverId">The deciding user; not the one who submitted.</param>
    public static IEnumerable<object> Decide(ApproveReport command, Report report, string approverId)
    {
        ReportRules.MustNotBeSubmitter(report, approverId);
        if (report.Status != ReportStatus.Submitted || report.Submission is not { } submission)
        {
            throw ReportErrors.NotSubmitted.Because($"The report {report.Id} is {report.Status}, not awaiting approval.");
        }

        if (!string.Equals(submission.ContentHash, command.ContentHash, StringComparison.OrdinalIgnoreCase))
        {
            throw ReportErrors.DocumentChanged.Because($"The submitted document's hash is {submission.ContentHash}.");
        }

        yield return new ReportApproved(report.DivisionCode, report.Year, submission.ContentHash, submission.KnownThrough);
    }
}

/// <summary>A report was approved: the document with <paramref name="ContentHash"/>, computed through event <paramref name="KnownThrough"/>.</summary>
public sealed record ReportApproved(string CountyCode, int Year, string ContentHash, long KnownThrough) : IEventOf<Report>;

public sealed class ApproveReportValidator : AbstractValidator<ApproveReport>
{
    public ApproveReportValidator() =>
        RuleFor(x => x.ContentHash).Matches("^[0-9a-fA-F]{64}$").WithMessage("'{PropertyName}' must be a SHA-256 in 64 hex digits.");
}
