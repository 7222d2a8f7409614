using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Reports;
using Fupin.EventSourced.Domain.Reports.Submitting;
using Fupin.EventSourced.Projections.Plans;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Reports.Submitting;

public static class SubmitReportEndpoint
{
    /// <summary>Submits a county's figures for a year for approval by the city.</summary>
    /// <remarks>
    /// The server computes the document from the figure ledger through the event sequence complete at this moment
    /// (the ledger's progress, never past the store's high-water mark), and stores it in <c>ReportSubmitted</c>
    /// with its SHA-256. Refused while the report awaits approval or is approved.
    /// </remarks>
    /// <param name="countyCode">The county's 6-digit code.</param>
    /// <param name="year">The year reported.</param>
    /// <response code="200">Submitted; <c>GET …/submitted</c> returns the document.</response>
    /// <response code="400">The county, year or note is invalid.</response>
    /// <response code="409">The report awaits approval, or is approved (locked).</response>
    [WolverinePost("/api/reports/{countyCode}/years/{year}/submission", Name = "SubmitReport")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public static async Task<IResult> Post(
        string countyCode, string year, SubmitReport command, CommandContext context, EventStreams streams, IQuerySession session,
        CancellationToken cancellation)
    {
        var county = ReportRoute.County(countyCode);
        var y = ReportRoute.Year(year);
        var document = await CountyReportDocument.ComputeAsync(session, county, y, null, knownThrough: null, cancellation);
        var key = Report.Key(county, y);
        return await streams.Decide(Read.Maybe<Report>(key),
            report => SubmitReport.Decide(command, report, county, y, document, context.UserId), context, AnswerWith.Changed(key));
    }
}
