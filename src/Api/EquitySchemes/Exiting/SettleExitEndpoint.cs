using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.EquitySchemes;
using Fupin.EventSourced.Domain.EquitySchemes.Exiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.EquitySchemes.Exiting;

public static class SettleExitEndpoint
{
    /// <summary>Settles a member's exit at the end of the term: the share refunded, or the animals taken.</summary>
    /// <param name="schemeId">The scheme's id.</param>
    /// <param name="ifMatch">Optional: the scheme's ETag.</param>
    /// <response code="200">Settled; <c>ETag</c> carries the scheme's new version.</response>
    /// <response code="404">No such scheme.</response>
    /// <response code="409">The member already exited.</response>
    /// <response code="412">The scheme changed since the version in If-Match.</response>
    /// <response code="422">Not a member, before the term's end, or a refund other than the share.</response>
    [WolverinePost("/api/equity-schemes/{schemeId}/exits", Name = "SettleExit")]
    [Authorize(Policy = Policies.ManageFunds)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string schemeId,
        SettleExit command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(Read.Existing<EquityScheme>(schemeId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            scheme => [SettleExit.Decide(command, scheme!)], context, AnswerWith.Changed(schemeId));
}
