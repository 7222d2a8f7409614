using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.FieldWork.NewsReports;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.FieldWork.NewsReports.Reading;

public static class NewsReportsReadEndpoints
{
    /// <summary>Reads one recorded news report as it stands after its corrections.</summary>
    /// <param name="newsReportId">The record's id.</param>
    /// <response code="200">The record; <c>ETag</c> carries its version for If-Match.</response>
    /// <response code="404">No such record.</response>
    [WolverineGet("/api/news-reports/{newsReportId}", Name = "GetNewsReport")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<FieldFact<NewsReportDetails>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static Task<FieldFact<NewsReportDetails>> Get(string newsReportId, IQuerySession session, HttpResponse response, CancellationToken cancellation) =>
        FieldFactReads.GetAsync<NewsReport, NewsReportDetails>(session, newsReportId, response, cancellation);

    /// <summary>A division's news reports in a year, by date, a page at a time.</summary>
    /// <remarks>Read from the records' inline states: a record is listed as soon as its command is answered.</remarks>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="year">The year the records count for, e.g. <c>2018</c>.</param>
    /// <param name="page">The page, from 1 (default 1).</param>
    /// <param name="pageSize">Records per page, 1–200 (default 50).</param>
    /// <response code="200">The page (empty past the end).</response>
    /// <response code="400">The division, year or page is not valid.</response>
    [WolverineGet("/api/news-reports/divisions/{divisionCode}/years/{year}", Name = "ListNewsReports")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<Page<FieldFact<NewsReportDetails>>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static Task<Page<FieldFact<NewsReportDetails>>> List(
        string divisionCode, string year, string? page, string? pageSize, IQuerySession session, CancellationToken cancellation) =>
        FieldFactReads.ListAsync<NewsReport, NewsReportDetails>(session, "division_code", divisionCode, year, page, pageSize, r => r.Details.PublishedOn, r => r.Id, cancellation);
}
