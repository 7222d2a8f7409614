using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.FieldWork.NewsReports.Recording;

/// <summary>Record a news report on the programme's work.</summary>
/// <param name="DivisionCode">The division whose work it reports: a city, county, township or village code.</param>
/// <param name="Title">The headline.</param>
/// <param name="Outlet">Where it appeared, e.g. <c>淄博日报</c>.</param>
/// <param name="PublishedOn">The business date, e.g. <c>2018-11-02</c>.</param>
/// <param name="Link">Its absolute http(s) address.</param>
public sealed record RecordNewsReport(string DivisionCode, string Title, string Outlet, DateOnly PublishedOn, string Link)
{
    public static Decision Decide(RecordNewsReport command, string newsReportId) =>
        Decision.Start<NewsReport>(newsReportId, new NewsReported(newsReportId, command.DivisionCode,
            new NewsReportDetails(command.Title.Trim(), command.Outlet.Trim(), command.PublishedOn, command.Link)));
}

/// <summary>A news report on <paramref name="DivisionCode"/>'s work appeared.</summary>
public sealed record NewsReported(string NewsReportId, string DivisionCode, NewsReportDetails Details) : IEventOf<NewsReport>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => Details.Counts(DivisionCode);
}

public sealed class RecordNewsReportValidator : AbstractValidator<RecordNewsReport>
{
    public RecordNewsReportValidator()
    {
        RuleFor(x => x.DivisionCode).MustBeDivision();
        RuleFor(x => x.Title).MustBeText(FieldWorkRules.MaxTextLength);
        RuleFor(x => x.Outlet).MustBeText(FieldWorkRules.MaxTextLength);
        RuleFor(x => x.PublishedOn).MustBeBusinessDate();
        RuleFor(x => x.Link).MustBeWebAddress();
    }
}
