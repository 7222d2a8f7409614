using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.EquitySchemes;
using Fupin.EventSourced.Domain.EquitySchemes.Insuring;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.EquitySchemes.Insuring;

public static class RecordInsuranceEndpoint
{
    /// <summary>Records the accident insurance taken out for a member's head of household for one term year.</summary>
    /// <param name="schemeId">The scheme's id.</param>
    /// <param name="ifMatch">Optional: the scheme's ETag.</param>
    /// <response code="200">Recorded; <c>ETag</c> carries the scheme's new version.</response>
    /// <response code="404">No such scheme.</response>
    /// <response code="409">Insurance already recorded for that member and year.</response>
    /// <response code="412">The scheme changed since the version in If-Match.</response>
    /// <response code="422">Not a member, or not a member in that term year.</response>
    [WolverinePost("/api/equity-schemes/{schemeId}/insurance", Name = "RecordInsurance")]
    [Authorize(Policy = Policies.ManageFunds)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string schemeId,
        RecordInsurance command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(Read.Existing<EquityScheme>(schemeId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            scheme => [RecordInsurance.Decide(command, scheme!)], context, AnswerWith.Changed(schemeId));
}
