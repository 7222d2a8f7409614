using Fupin.EventSourced.Api.Projects.History;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Projections.Projects;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Projects.Exporting;

public static class ExportFundHistoryEndpoints
{
    /// <summary>Exports a project's fund history as CSV (UTF-8, Chinese column labels), written to the response as it is replayed.</summary>
    /// <remarks>The same replay and query values as <c>GET /api/projects/{projectId}/fund-history</c>.</remarks>
    /// <param name="projectId">The project's id.</param>
    /// <param name="asOf">Only transactions dated up to this day, <c>yyyy-MM-dd</c>.</param>
    /// <param name="knownOn">Only events recorded up to this instant (ISO 8601 with zone) or the end of this day (Beijing time).</param>
    /// <param name="corrections"><c>applied</c> (default) or <c>shown</c>.</param>
    /// <response code="200">The CSV file.</response>
    /// <response code="400">A query value is malformed.</response>
    /// <response code="404">No project with this id.</response>
    [WolverineGet("/api/projects/{projectId}/fund-history/csv", Name = "ExportFundHistoryCsv")]
    [Authorize(Policy = Policies.ReadHistory)]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/csv")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static Task<IResult> Csv(string projectId, string? asOf, string? knownOn, string? corrections, IQuerySession session,
        CancellationToken cancellation) =>
        ExportAsync(ExportFormat.Csv, projectId, asOf, knownOn, corrections, session, cancellation);

    /// <summary>Exports a project's fund history as an XLSX workbook with Chinese column labels, written to the response as it is replayed.</summary>
    /// <remarks>The same replay and query values as <c>GET /api/projects/{projectId}/fund-history</c>.</remarks>
    /// <param name="projectId">The project's id.</param>
    /// <param name="asOf">Only transactions dated up to this day, <c>yyyy-MM-dd</c>.</param>
    /// <param name="knownOn">Only events recorded up to this instant (ISO 8601 with zone) or the end of this day (Beijing time).</param>
    /// <param name="corrections"><c>applied</c> (default) or <c>shown</c>.</param>
    /// <response code="200">The XLSX workbook.</response>
    /// <response code="400">A query value is malformed.</response>
    /// <response code="404">No project with this id.</response>
    [WolverineGet("/api/projects/{projectId}/fund-history/xlsx", Name = "ExportFundHistoryXlsx")]
    [Authorize(Policy = Policies.ReadHistory)]
    [ProducesResponseType<byte[]>(StatusCodes.Status200OK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static Task<IResult> Xlsx(string projectId, string? asOf, string? knownOn, string? corrections, IQuerySession session,
        CancellationToken cancellation) =>
        ExportAsync(ExportFormat.Xlsx, projectId, asOf, knownOn, corrections, session, cancellation);

    private static async Task<IResult> ExportAsync(ExportFormat format, string projectId, string? asOf, string? knownOn, string? corrections,
        IQuerySession session, CancellationToken cancellation)
    {
        var history = await FundHistoryQuery.Of(asOf, knownOn, corrections).ReplayAsync(session, projectId, cancellation);
        return new TableExport(format, $"fund-history-{projectId}", FundTables.HistoryLabels, FundTables.HistoryRows(history).ToAsyncEnumerable());
    }
}

public static class ExportDivisionFundsEndpoints
{
    /// <summary>Exports a division's project funds in a year as CSV: one row per project, then the total (合计).</summary>
    /// <remarks>
    /// The figures of <c>GET /api/funds/{divisionCode}/years/{year}</c> broken down by project: by each transaction's
    /// business date, corrections applied. Projects are read from the database one batch at a time and written as
    /// they come.
    /// </remarks>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="year">The year, e.g. <c>2023</c>.</param>
    /// <response code="200">The CSV file.</response>
    /// <response code="400">The division or year is not valid.</response>
    [WolverineGet("/api/funds/{divisionCode}/years/{year}/csv", Name = "ExportDivisionFundsCsv")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/csv")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static IResult Csv(string divisionCode, string year, IDocumentStore store) =>
        Export(ExportFormat.Csv, divisionCode, year, store);

    /// <summary>Exports a division's project funds in a year as an XLSX workbook: one row per project, then the total (合计).</summary>
    /// <remarks>The same figures as the CSV export.</remarks>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="year">The year, e.g. <c>2023</c>.</param>
    /// <response code="200">The XLSX workbook.</response>
    /// <response code="400">The division or year is not valid.</response>
    [WolverineGet("/api/funds/{divisionCode}/years/{year}/xlsx", Name = "ExportDivisionFundsXlsx")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<byte[]>(StatusCodes.Status200OK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static IResult Xlsx(string divisionCode, string year, IDocumentStore store) =>
        Export(ExportFormat.Xlsx, divisionCode, year, store);

    private static TableExport Export(ExportFormat format, string divisionCode, string year, IDocumentStore store)
    {
        var prefix = ReportRoute.DivisionPrefix(divisionCode);
        var y = ReportRoute.Year(year);
        return new TableExport(format, $"funds-{divisionCode}-{y}", FundTables.DivisionYearLabels, Rows(store, prefix, divisionCode, y));
    }

    /// <summary>
    /// One row per project of the division, read a page at a time in id order (the export never holds every project),
    /// then the total. The writers pull rows as they write, so a page is read only when the rows before it are written.
    /// </summary>
    private static async IAsyncEnumerable<object?[]> Rows(IDocumentStore store, string prefix, string divisionCode, int year,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation = default)
    {
        const int Page = 200;
        var sum = FundTotals.Zero;
        var skip = 0;
        await using var session = store.QuerySession();
        while (true)
        {
            var page = await session.Query<Project>().Where(p => p.DivisionCode.StartsWith(prefix))
                .OrderBy(p => p.Id).Skip(skip).Take(Page).ToListAsync(cancellation);
            var transactions = (await FundTransactions.OfProjectsAsync(session, [.. page.Select(p => p.Id)], cancellation))
                .ToLookup(t => t.ProjectId, StringComparer.Ordinal);
            foreach (var project in page)
            {
                var totals = FundTransactions.InYear(transactions[project.Id], year);
                sum = new FundTotals(sum.Allocated + totals.Allocated, sum.Received + totals.Received, sum.Committed + totals.Committed,
                    sum.Disbursed + totals.Disbursed, sum.Spent + totals.Spent);
                yield return
                [
                    project.Id, project.Title, project.DivisionCode, project.ResponsibleUnit, year, totals.Allocated, totals.Received,
                    totals.Committed, totals.Disbursed, totals.Spent, FundTables.ExecutionRate(totals),
                ];
            }

            if (page.Count < Page)
            {
                break;
            }

            skip += Page;
        }

        yield return [FundTables.TotalRow, null, divisionCode, null, year, sum.Allocated, sum.Received, sum.Committed, sum.Disbursed, sum.Spent,
            FundTables.ExecutionRate(sum)];
    }
}
