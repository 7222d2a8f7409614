namespace Fupin.EventSourced.Domain.Reports;

public static class ReportRules
{
    public const int MaxReasonLength = 500;

    /// <summary>DHIS2's approval levels: a county's report is approved, returned or withdrawn by a level above it, never by the county itself.</summary>
    public static void MustBeAbove(Report report, string? approverPrefix)
    {
        if (approverPrefix is not null && approverPrefix.Length >= report.DivisionCode.Length)
        {
            throw ReportErrors.ApproverNotAbove.Because($"A caller of division {approverPrefix} cannot decide on {report.DivisionCode}'s report; the city does.");
        }
    }
}
