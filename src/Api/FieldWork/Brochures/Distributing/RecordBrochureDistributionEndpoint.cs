using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.FieldWork.Brochures.Distributing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.FieldWork.Brochures.Distributing;

public static class RecordBrochureDistributionEndpoint
{
    /// <summary>Records brochures handed out on one day in one place (counted by copies).</summary>
    /// <remarks>
    /// Starts the record's stream under a server-issued id with <c>BrochuresDistributed</c>, which counts in <c>BrochuresDistributed</c> for the division in the body (which the caller's division must cover) and the date's year.
    /// Send an <c>Idempotency-Key</c> to make a retry safe: without one, a retried request records the fact twice.
    /// </remarks>
    /// <response code="201">Recorded; the body's id is the record's, <c>ETag</c> its version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    [WolverinePost("/api/brochure-distributions", Name = "RecordBrochureDistribution")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static Task<IResult> Post(RecordBrochureDistribution command, CommandContext context, EventStreams streams)
    {
        var id = NewId.Next();
        return streams.Decide([], _ => RecordBrochureDistribution.Decide(command, id), context, AnswerWith.Created(id, $"/api/brochure-distributions/{id}"));
    }
}
