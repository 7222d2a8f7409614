namespace Fupin.EventSourced.Domain.Reports.Submitting;

/// <summary>
/// Submit a county's figures for a year for approval. The server computes the document from the figure ledger
/// (through the event sequence complete at that moment); the body carries only an optional note.
/// </summary>
/// <param name="Note">Optional remark for the approver.</param>
public sealed record SubmitReport(string? Note)
{
    /// <summary>Submits <paramref name="document"/> unless the report awaits approval or is approved (locked).</summary>
    public static IEnumerable<object> Decide(SubmitReport command, Report? report, string countyCode, int year, ReportDocument document, string submittedBy)
    {
        switch (report?.Status)
        {
            case ReportStatus.Submitted:
                throw ReportErrors.AlreadySubmitted.Because($"The report of {countyCode} for {year} awaits approval; the city returns it first.");
            case ReportStatus.Approved:
                throw ReportErrors.Locked.Because($"The report of {countyCode} for {year} is approved; the city withdraws the approval first.");
        }

        yield return new ReportSubmitted(countyCode, year, document.Json, document.ContentHash, document.KnownThrough, command.Note?.Trim(), submittedBy);
    }
}

/// <summary>A report's document: canonical JSON, its SHA-256 (lower-case hex) and the event sequence it was computed through.</summary>
public sealed record ReportDocument(string Json, string ContentHash, long KnownThrough);

/// <summary>A county submitted its figures for a year; <paramref name="Document"/> is the canonical JSON exactly as submitted, <paramref name="SubmittedBy"/> the user.</summary>
public sealed record ReportSubmitted(string CountyCode, int Year, string Document, string ContentHash, long KnownThrough, string? Note, string SubmittedBy)
    : IEventOf<Report>;

public sealed class SubmitReportValidator : FluentValidation.AbstractValidator<SubmitReport>
{
    public SubmitReportValidator() =>
        FluentValidation.DefaultValidatorOptions.When(RuleFor(x => x.Note!).MustBeText(ReportRules.MaxReasonLength), x => x.Note is not null);
}
