using Fupin.EventSourced.Api.Errors;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Projections.Figures;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Figures;

public static class GetFiguresEndpoint
{
    /// <summary>Every additive figure of a division in a year: trainings, farmers trained, consultations, funds…</summary>
    /// <remarks>
    /// Counted by business date (a training held in 2023 and entered in 2024 counts for 2023), rolled up by the
    /// division code's prefix. Built asynchronously from the events: <c>knownThrough</c> says which events are in.
    /// </remarks>
    /// <param name="divisionCode">A 6-digit province (<c>370000</c>), city (<c>370300</c>) or county (<c>370302</c>) code.</param>
    /// <param name="year">The year, e.g. <c>2023</c>.</param>
    /// <param name="asOf">Only business dates up to this day, <c>yyyy-MM-dd</c>.</param>
    /// <param name="knownOn">The figures as the ledger knew them at this instant (ISO 8601 with zone, e.g. <c>2023-07-31T23:59:59+08:00</c>) or at the end of this day (<c>yyyy-MM-dd</c>, Beijing time).</param>
    /// <response code="200">The figures.</response>
    /// <response code="400">The division, year, date or instant is not valid.</response>
    [WolverineGet("/api/figures/divisions/{divisionCode}/years/{year}", Name = "GetDivisionFigures")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<DivisionFigures>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static async Task<DivisionFigures> Get(
        string divisionCode, string year, string? asOf, string? knownOn, IQuerySession session, CancellationToken cancellation)
    {
        var instant = ReportRoute.OptionalInstant(knownOn);
        var query = new FigureQuery(ReportRoute.DivisionPrefix(divisionCode), ReportRoute.Year(year), ReportRoute.OptionalDate(asOf),
            await FigureLedger.KnownThroughOrLiveAsync(session, instant, cancellation));

        var totals = await FigureLedger.TotalsAsync(session, query, cancellation);
        return new DivisionFigures(divisionCode, query.Year, query.AsOf, instant, totals.KnownThrough, totals.Figures);
    }

    /// <summary>The events that make up one figure of a division in a year, a page at a time.</summary>
    /// <param name="figure">The figure, e.g. <c>FarmersTrained</c>.</param>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="year">The year.</param>
    /// <param name="asOf">Only business dates up to this day, <c>yyyy-MM-dd</c>.</param>
    /// <param name="knownOn">As the ledger knew it at this instant (ISO 8601 with zone) or at the end of this day (<c>yyyy-MM-dd</c>, Beijing time).</param>
    /// <param name="after">The <c>next</c> value of the previous page.</param>
    /// <param name="limit">Entries per page, 1 to 500 (default 100).</param>
    /// <response code="200">A page of entries.</response>
    /// <response code="400">The figure, division, year, date, instant or paging is not valid.</response>
    [WolverineGet("/api/figures/{figure}/divisions/{divisionCode}/years/{year}/events", Name = "ExplainDivisionFigure")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<FigureExplanation>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static async Task<FigureExplanation> Explain(
        string figure, string divisionCode, string year, string? asOf, string? knownOn, string? after, string? limit,
        IQuerySession session, CancellationToken cancellation)
    {
        var which = Enum.TryParse<Figure>(figure, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new RequestException(ErrorCatalogue.RequestInvalid, $"Unknown figure '{figure}'; the figures are: {string.Join(", ", Enum.GetNames<Figure>())}.");
        var query = new FigureQuery(ReportRoute.DivisionPrefix(divisionCode), ReportRoute.Year(year), ReportRoute.OptionalDate(asOf),
            await FigureLedger.KnownThroughOrLiveAsync(session, ReportRoute.OptionalInstant(knownOn), cancellation));

        var pageSize = ReportRoute.Limit(limit);
        var entries = await FigureLedger.ExplainAsync(session, which, query, ReportRoute.After(after), pageSize, cancellation);
        return new FigureExplanation(which, divisionCode, query.Year, entries, entries.Count == pageSize ? entries[^1].Sequence : null);
    }
}
