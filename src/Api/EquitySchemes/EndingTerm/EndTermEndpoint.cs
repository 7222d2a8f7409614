using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.EquitySchemes;
using Fupin.EventSourced.Domain.EquitySchemes.EndingTerm;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.EquitySchemes.EndingTerm;

public static class EndTermEndpoint
{
    /// <summary>Closes the scheme's term once it has run and every dividend of it is paid or recorded as missed.</summary>
    /// <param name="schemeId">The scheme's id.</param>
    /// <param name="ifMatch">Optional: the scheme's ETag.</param>
    /// <response code="200">Closed; <c>ETag</c> carries the scheme's new version.</response>
    /// <response code="404">No such scheme.</response>
    /// <response code="409">The term already ended.</response>
    /// <response code="412">The scheme changed since the version in If-Match.</response>
    /// <response code="422">Before the term's last day, or dividends neither paid nor recorded as missed (named).</response>
    [WolverinePost("/api/equity-schemes/{schemeId}/term-end", Name = "EndTerm")]
    [Authorize(Policy = Policies.ManageFunds)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string schemeId,
        EndTerm command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(Read.Existing<EquityScheme>(schemeId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            scheme => [EndTerm.Decide(command, scheme!)], context, AnswerWith.Changed(schemeId));
}
