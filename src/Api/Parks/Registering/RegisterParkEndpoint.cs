using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Parks.Registering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Parks.Registering;

public static class RegisterParkEndpoint
{
    /// <summary>Registers an agricultural S&amp;T park (national, provincial or municipal).</summary>
    /// <remarks>
    /// Starts the park's stream under a server-issued id with <c>ParkRegistered</c>; the caller's division must cover
    /// the park's. Send an <c>Idempotency-Key</c> to make a retry safe.
    /// </remarks>
    /// <response code="201">Registered; <c>Location</c> names the park.</response>
    /// <response code="400">A field is missing or invalid.</response>
    [WolverinePost("/api/parks", Name = "RegisterPark")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static Task<IResult> Post(RegisterPark command, CommandContext context, EventStreams streams)
    {
        var parkId = NewId.Next();
        return streams.Decide([], _ => RegisterPark.Decide(command, parkId), context, AnswerWith.Created(parkId, $"/api/parks/{parkId}"));
    }
}
