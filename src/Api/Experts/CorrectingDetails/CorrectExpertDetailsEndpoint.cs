using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Experts;
using Fupin.EventSourced.Domain.Experts.CorrectingDetails;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Experts.CorrectingDetails;

public static class CorrectExpertDetailsEndpoint
{
    /// <summary>Corrects some of an expert's recorded details.</summary>
    /// <remarks>Appends <c>ExpertDetailsCorrected</c> with the changed fields only. Send the expert's current <c>ETag</c> in <c>If-Match</c>.</remarks>
    /// <param name="expertId">The expert's id.</param>
    /// <param name="ifMatch">The expert's current ETag, e.g. <c>"3"</c>.</param>
    /// <response code="200">Corrected; <c>ETag</c> carries the expert's new version.</response>
    /// <response code="404">No expert with this id.</response>
    /// <response code="412">The expert changed since the version in If-Match.</response>
    /// <response code="422">Nothing would change, or the registration date would fall after the expert joined a group.</response>
    /// <response code="428">If-Match is missing.</response>
    [WolverinePost("/api/experts/{expertId}/detail-corrections", Name = "CorrectExpertDetails")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType(StatusCodes.Status428PreconditionRequired)]
    public static Task<IResult> Post(
        string expertId,
        CorrectExpertDetails command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(Read.Existing<Expert>(expertId, ExpectedVersion.FromIfMatch(ifMatch)),
            expert => [CorrectExpertDetails.Decide(command, expert!)], context, AnswerWith.Changed(expertId));
}
