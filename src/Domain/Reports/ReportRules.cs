namespace Fupin.EventSourced.Domain.Reports;

public static class ReportRules
{
    public const int MaxReasonLength = 500;

    /// <summary>Four eyes (DHIS2 approves at the level above the one that entered the data): whoever submitted a report does not decide on it.</summary>
    public static void MustNotBeSubmitter(Report report, string approverId)
    {
        if (report.Submission is { } submission && submission.SubmittedBy == approverId)
        {
            throw ReportErrors.ApproverIsSubmitter.Because($"{approverId} submitted the report {report.Id}; another person approves or returns it.");
        }
    }
}
