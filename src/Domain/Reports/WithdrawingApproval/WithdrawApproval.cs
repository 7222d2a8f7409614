using FluentValidation;

namespace Fupin.EventSourced.Domain.Reports.WithdrawingApproval;

/// <summary>Withdraw an approval, with the reason (DHIS2: changing approved data means unapproving first). The approved document stays in the history.</summary>
/// <param name="Reason">Why, e.g. <c>县里补报2018年12月培训记录</c>.</param>
public sealed record WithdrawApproval(string Reason)
{
    public static IEnumerable<object> Decide(WithdrawApproval command, Report report, string approverId)
    {
        ReportRules.MustNotBeSubmitter(report, approverId);
        if (report.Status != ReportStatus.Approved || report.Approval is not { } approval)
        {
            throw ReportErrors.NotApproved.Because($"The report {report.Id} is {report.Status}, not approved.");
        }

        yield return new ApprovalWithdrawn(report.DivisionCode, report.Year, approval.ContentHash, command.Reason.Trim());
    }
}

/// <summary>The approval of the document with <paramref name="ContentHash"/> was withdrawn.</summary>
public sealed record ApprovalWithdrawn(string CountyCode, int Year, string ContentHash, string Reason) : IEventOf<Report>;

public sealed class WithdrawApprovalValidator : AbstractValidator<WithdrawApproval>
{
    public WithdrawApprovalValidator() => RuleFor(x => x.Reason).MustBeText(ReportRules.MaxReasonLength);
}
