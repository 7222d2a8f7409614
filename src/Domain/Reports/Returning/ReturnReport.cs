using FluentValidation;

namespace Fupin.EventSourced.Domain.Reports.Returning;

/// <summary>Return a submitted report to the county, with the reason; the county may then submit again.</summary>
/// <param name="Reason">Why, e.g. <c>培训人次与台账不符</c>.</param>
public sealed record ReturnReport(string Reason)
{
    public static IEnumerable<object> Decide(ReturnReport command, Report report, string approverId)
    {
        ReportRules.MustNotBeSubmitter(report, approverId);
        if (report.Status != ReportStatus.Submitted)
        {
            throw ReportErrors.NotSubmitted.Because($"The report {report.Id} is {report.Status}, not awaiting approval.");
        }

        yield return new ReportReturned(report.DivisionCode, report.Year, command.Reason.Trim());
    }
}

/// <summary>A submitted report was returned to the county.</summary>
public sealed record ReportReturned(string CountyCode, int Year, string Reason) : IEventOf<Report>;

public sealed class ReturnReportValidator : AbstractValidator<ReturnReport>
{
    public ReturnReportValidator() => RuleFor(x => x.Reason).MustBeText(ReportRules.MaxReasonLength);
}
