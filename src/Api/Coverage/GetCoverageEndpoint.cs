using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Coverage;

public static class GetCoverageEndpoint
{
    /// <summary>Full coverage of a division in a year: villages covered, covered at year end, not covered; envoys selected and active.</summary>
    /// <remarks>
    /// Counts business dates only: an assignment entered in March 2019 that started in June 2018 counts for 2018.
    /// Built from the asynchronous assignment read model, so an assignment made a moment ago may not count yet.
    /// </remarks>
    /// <param name="divisionCode">A 6-digit province (<c>370000</c>), city (<c>370300</c>) or county (<c>370302</c>) code.</param>
    /// <param name="year">The calendar year, e.g. <c>2018</c>.</param>
    /// <response code="200">The coverage from 1 January to 31 December.</response>
    /// <response code="400">The division or year is not valid.</response>
    [WolverineGet("/api/coverage/{divisionCode}/years/{year}", Name = "GetCoverageInYear")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<Projections.Envoys.Coverage>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static Task<Projections.Envoys.Coverage> InYear(string divisionCode, string year, IQuerySession session, CancellationToken cancellation)
    {
        var y = ReportRoute.Year(year);
        return Projections.Envoys.Coverage.ReadAsync(session, ReportRoute.DivisionPrefix(divisionCode), new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), cancellation);
    }

    /// <summary>Full coverage of a division on one day: villages with an envoy that day, envoys in service that day.</summary>
    /// <remarks><c>envoysSelected</c> counts the envoys selected from 1 January of that year up to the day.</remarks>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="date">The business date, e.g. <c>2018-12-31</c>.</param>
    /// <response code="200">The coverage on that day.</response>
    /// <response code="400">The division or date is not valid.</response>
    [WolverineGet("/api/coverage/{divisionCode}/dates/{date}", Name = "GetCoverageOnDate")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<Projections.Envoys.Coverage>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static async Task<Projections.Envoys.Coverage> OnDate(string divisionCode, string date, IQuerySession session, CancellationToken cancellation)
    {
        var day = ReportRoute.Date(date);
        var prefix = ReportRoute.DivisionPrefix(divisionCode);
        return await Projections.Envoys.Coverage.ReadAsync(session, prefix, day, day, cancellation, selectedFrom: new DateOnly(day.Year, 1, 1));
    }
}
