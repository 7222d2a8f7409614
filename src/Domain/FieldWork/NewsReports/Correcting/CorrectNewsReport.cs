using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.FieldWork.NewsReports.Correcting;

/// <summary>Correct a recorded news report: every value as it should be; the division cannot change.</summary>
/// <param name="Title">The corrected headline.</param>
/// <param name="Outlet">The corrected outlet.</param>
/// <param name="PublishedOn">The corrected date.</param>
/// <param name="Link">The corrected address.</param>
/// <param name="Reason">Why; kept for auditors.</param>
public sealed record CorrectNewsReport(string Title, string Outlet, DateOnly PublishedOn, string Link, string Reason)
{
    public static NewsReportCorrected Decide(CorrectNewsReport command, NewsReport report)
    {
        var now = new NewsReportDetails(command.Title.Trim(), command.Outlet.Trim(), command.PublishedOn, command.Link);
        return now == report.Details
            ? throw FieldWorkErrors.CorrectionUnchanged.Because(FieldWorkRules.Unchanged("news report", report.Id))
            : new NewsReportCorrected(report.Id, report.DivisionCode, report.Details, now, command.Reason.Trim());
    }
}

/// <summary>A recorded news report was corrected from <paramref name="Replaced"/> to <paramref name="Now"/>.</summary>
public sealed record NewsReportCorrected(string NewsReportId, string DivisionCode, NewsReportDetails Replaced, NewsReportDetails Now, string Reason)
    : IEventOf<NewsReport>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => FieldWorkRules.Recount(Replaced.Counts(DivisionCode), Now.Counts(DivisionCode));
}

public sealed class CorrectNewsReportValidator : AbstractValidator<CorrectNewsReport>
{
    public CorrectNewsReportValidator()
    {
        RuleFor(x => x.Title).MustBeText(FieldWorkRules.MaxTextLength);
        RuleFor(x => x.Outlet).MustBeText(FieldWorkRules.MaxTextLength);
        RuleFor(x => x.PublishedOn).MustBeBusinessDate();
        RuleFor(x => x.Link).MustBeWebAddress();
        RuleFor(x => x.Reason).MustBeText(FieldWorkRules.MaxReasonLength);
    }
}
