using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.FieldWork.Activities.Recording;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.FieldWork.Activities.Recording;

public static class RecordActivityEndpoint
{
    /// <summary>Records an activity held for the programme (an expert visit, a promotion event).</summary>
    /// <remarks>
    /// Starts the record's stream under a server-issued id with <c>ActivityHeld</c>, which counts in <c>ActivitiesHeld</c> for the division in the body (which the caller's division must cover) and the date's year.
    /// Send an <c>Idempotency-Key</c> to make a retry safe: without one, a retried request records the fact twice.
    /// </remarks>
    /// <response code="201">Recorded; the body's id is the record's, <c>ETag</c> its version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    [WolverinePost("/api/activities", Name = "RecordActivity")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static Task<IResult> Post(RecordActivity command, CommandContext context, EventStreams streams)
    {
        var id = NewId.Next();
        return streams.Decide([], _ => RecordActivity.Decide(command, id), context, AnswerWith.Created(id, $"/api/activities/{id}"));
    }
}
