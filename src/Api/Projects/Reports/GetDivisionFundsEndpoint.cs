using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Projections.Projects;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Projects.Reports;

/// <summary>A division's project funds in a year, by business date, corrections applied.</summary>
/// <param name="DivisionCode">The 6-digit division asked for.</param>
/// <param name="Year">The year.</param>
/// <param name="ProjectsSupported">Projects whose period starts in the year.</param>
/// <param name="Allocated">Allocated by higher levels (下达) in the year.</param>
/// <param name="Received">Arrived (到位) in the year.</param>
/// <param name="Committed">Committed in the year.</param>
/// <param name="Disbursed">Paid to payees (支付) in the year.</param>
/// <param name="Spent">Every outflow in the year, disbursements included (使用).</param>
/// <param name="ExecutionRate">Spent ÷ allocated (预算执行率), 4 decimal places; null when nothing was allocated.</param>
public sealed record DivisionFundYear(
    string DivisionCode,
    int Year,
    int ProjectsSupported,
    decimal Allocated,
    decimal Received,
    decimal Committed,
    decimal Disbursed,
    decimal Spent,
    decimal? ExecutionRate);

public static class GetDivisionFundsEndpoint
{
    /// <summary>A division's project funds in a year: allocated, received, committed, disbursed, spent and the execution rate.</summary>
    /// <remarks>
    /// Sums the projects of the division and every division under it (a city includes its counties), by each
    /// transaction's business date, with corrections applied. Read from the projects' inline state: it includes
    /// every acknowledged command. The transactions are read from their own inline documents over the division's code range.
    /// </remarks>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="year">The year, e.g. <c>2023</c>.</param>
    /// <response code="200">The figures (zero when nothing happened).</response>
    /// <response code="400">The division or year is not valid.</response>
    [WolverineGet("/api/funds/{divisionCode}/years/{year}", Name = "GetDivisionFunds")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<DivisionFundYear>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static async Task<DivisionFundYear> Get(string divisionCode, string year, IQuerySession session, CancellationToken cancellation)
    {
        var prefix = ReportRoute.DivisionPrefix(divisionCode);
        var y = ReportRoute.Year(year);
        var projects = await session.Query<Project>().Where(p => p.DivisionCode.StartsWith(prefix)).ToListAsync(cancellation);
        var totals = FundTransactions.InYear(await FundTransactions.OfDivisionAsync(session, prefix, cancellation), y);
        return new DivisionFundYear(divisionCode, y, projects.Count(p => p.StartsOn.Year == y), totals.Allocated, totals.Received,
            totals.Committed, totals.Disbursed, totals.Spent,
            totals.Allocated == 0m ? null : decimal.Round(totals.Spent / totals.Allocated, 4, MidpointRounding.AwayFromZero));
    }
}
