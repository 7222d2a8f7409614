using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.FieldWork.NewsReports.Recording;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.FieldWork.NewsReports.Recording;

public static class RecordNewsReportEndpoint
{
    /// <summary>Records a news report on the programme's work.</summary>
    /// <remarks>
    /// Starts the record's stream under a server-issued id with <c>NewsReported</c>, which counts in <c>NewsReports</c> for the division in the body (which the caller's division must cover) and the date's year.
    /// Send an <c>Idempotency-Key</c> to make a retry safe: without one, a retried request records the fact twice.
    /// </remarks>
    /// <response code="201">Recorded; the body's id is the record's, <c>ETag</c> its version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    [WolverinePost("/api/news-reports", Name = "RecordNewsReport")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static Task<IResult> Post(RecordNewsReport command, CommandContext context, EventStreams streams)
    {
        var id = NewId.Next();
        return streams.Decide([], _ => RecordNewsReport.Decide(command, id), context, AnswerWith.Created(id, $"/api/news-reports/{id}"));
    }
}
