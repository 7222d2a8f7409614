using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.EquitySchemes.SettingUp;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.EquitySchemes.SettingUp;

public static class SetUpEquitySchemeEndpoint
{
    /// <summary>Sets up an equity scheme (企业代养 + 分红) of a county or city with its terms.</summary>
    /// <remarks>
    /// Starts the scheme's stream under a server-issued id with <c>EquitySchemeSetUp</c>. The caller's division must
    /// cover the scheme's. Send an <c>Idempotency-Key</c> to make a retry safe.
    /// </remarks>
    /// <response code="201">Set up; <c>Location</c> names the scheme, <c>ETag</c> its version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    [WolverinePost("/api/equity-schemes", Name = "SetUpEquityScheme")]
    [Authorize(Policy = Policies.ManageFunds)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static Task<IResult> Post(SetUpEquityScheme command, CommandContext context, EventStreams streams)
    {
        var schemeId = NewId.Next();
        return streams.Decide([], _ => SetUpEquityScheme.Decide(command, schemeId), context,
            AnswerWith.Created(schemeId, $"/api/equity-schemes/{schemeId}"));
    }
}
