using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Platforms.Founding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Platforms.Founding;

public static class FoundPlatformEndpoint
{
    /// <summary>Records an innovation platform founded (星创天地, 农科驿站, envoy work station).</summary>
    /// <remarks>
    /// Starts the platform's stream under a server-issued id with <c>PlatformFounded</c>, which counts one in
    /// <c>PlatformsFounded</c> and one in the kind's own figure for the division and the date's year. The caller's
    /// division must cover the platform's. Send an <c>Idempotency-Key</c> to make a retry safe.
    /// </remarks>
    /// <response code="201">Recorded; <c>Location</c> names the platform.</response>
    /// <response code="400">A field is missing or invalid.</response>
    [WolverinePost("/api/platforms", Name = "FoundPlatform")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static Task<IResult> Post(FoundPlatform command, CommandContext context, EventStreams streams)
    {
        var platformId = NewId.Next();
        return streams.Decide([], _ => FoundPlatform.Decide(command, platformId), context,
            AnswerWith.Created(platformId, $"/api/platforms/{platformId}"));
    }
}
