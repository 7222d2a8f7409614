using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Experts.Registering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Experts.Registering;

public static class RegisterExpertEndpoint
{
    /// <summary>Enters an expert into the expert registry of a city or county.</summary>
    /// <remarks>
    /// Starts the expert's stream under a server-issued id with <c>ExpertRegistered</c>. The caller's division must
    /// cover the registry's division. Send an <c>Idempotency-Key</c> to make a retry safe.
    /// </remarks>
    /// <response code="201">Registered; <c>Location</c> names the new expert, <c>ETag</c> its version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    [WolverinePost("/api/experts", Name = "RegisterExpert")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static Task<IResult> Post(RegisterExpert command, CommandContext context, EventStreams streams)
    {
        var expertId = NewId.Next();
        return streams.Decide([], _ => RegisterExpert.Decide(command, expertId), context,
            AnswerWith.Created(expertId, $"/api/experts/{expertId}"));
    }
}
