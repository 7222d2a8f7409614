using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Envoys.Registering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Envoys.Registering;

public static class RegisterEnvoyEndpoint
{
    /// <summary>Registers an S&amp;T envoy selected by a city or county.</summary>
    /// <remarks>
    /// Starts the envoy's stream under a server-issued id with <c>EnvoyRegistered</c>. The caller's division must
    /// cover the selecting division. Send an <c>Idempotency-Key</c> to make a retry safe: without one, a retried
    /// registration registers the envoy twice.
    /// </remarks>
    /// <response code="201">Registered; <c>Location</c> names the new envoy, <c>ETag</c> its version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    [WolverinePost("/api/envoys", Name = "RegisterEnvoy")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static Task<IResult> Post(RegisterEnvoy command, CommandContext context, EventStreams streams)
    {
        var envoyId = NewId.Next();
        return streams.Decide([], _ => RegisterEnvoy.Decide(command, envoyId), context,
            AnswerWith.Created(envoyId, $"/api/envoys/{envoyId}"));
    }
}
