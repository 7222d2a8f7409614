using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Technologies.Registering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Technologies.Registering;

public static class RegisterTechnologyEndpoint
{
    /// <summary>Enters a technology achievement (科技成果) into the technology registry of a city or county.</summary>
    /// <remarks>Starts its stream under a server-issued id with <c>TechnologyRegistered</c>. Send an <c>Idempotency-Key</c> to make a retry safe.</remarks>
    /// <response code="201">Registered; <c>Location</c> names it, <c>ETag</c> its version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    [WolverinePost("/api/technologies", Name = "RegisterTechnology")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static Task<IResult> Post(RegisterTechnology command, CommandContext context, EventStreams streams)
    {
        var technologyId = NewId.Next();
        return streams.Decide([], _ => RegisterTechnology.Decide(command, technologyId), context,
            AnswerWith.Created(technologyId, $"/api/technologies/{technologyId}"));
    }
}
