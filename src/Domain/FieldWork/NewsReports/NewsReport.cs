using Fupin.EventSourced.Domain.FieldWork.NewsReports.Correcting;
using Fupin.EventSourced.Domain.FieldWork.NewsReports.Recording;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.FieldWork.NewsReports;

/// <summary>The recorded values of a news report, which a correction replaces as a whole.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Outlet">Where it appeared, e.g. <c>淄博日报</c>.</param>
/// <param name="PublishedOn">The business date; its year is the year it counts for.</param>
/// <param name="Link">Its absolute http(s) address.</param>
public sealed record NewsReportDetails(string Title, string Outlet, DateOnly PublishedOn, string Link)
{
    public IEnumerable<FigureCount> Counts(string divisionCode) => [new(Figure.NewsReports, divisionCode, PublishedOn, 1)];
}

/// <summary>A news report on the programme's work (宣传报道, seed 001: 10 or more a year), one stream per report.</summary>
public sealed record NewsReport : IStreamState<NewsReport>, IFieldFactState<NewsReportDetails>
{
    public required string Id { get; init; }
    public required string DivisionCode { get; init; }
    public required NewsReportDetails Details { get; init; }
    public int Year { get; init; }
    public int Corrections { get; init; }
    public long Version { get; init; }

    public static NewsReport Evolve(NewsReport? state, object @event) => @event switch
    {
        NewsReported e => new() { Id = e.NewsReportId, DivisionCode = e.DivisionCode, Details = e.Details, Year = e.Details.PublishedOn.Year },
        NewsReportCorrected e => StreamStates.Started(state, e) with { Details = e.Now, Year = e.Now.PublishedOn.Year, Corrections = state.Corrections + 1 },
        _ => throw StreamStates.Unexpected(state, @event),
    };

    public static DomainException NotFound(string id) => FieldWorkErrors.NewsReportNotFound.Because($"No news report with id {id} is recorded.");
}
