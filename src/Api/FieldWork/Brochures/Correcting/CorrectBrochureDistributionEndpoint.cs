using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.FieldWork.Brochures;
using Fupin.EventSourced.Domain.FieldWork.Brochures.Correcting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.FieldWork.Brochures.Correcting;

public static class CorrectBrochureDistributionEndpoint
{
    /// <summary>Corrects a recorded brochure distribution.</summary>
    /// <remarks>
    /// Appends <c>BrochureDistributionCorrected</c>, which points at the record, keeps the values it replaces and the reason, and
    /// counts the difference it makes in <c>BrochuresDistributed</c>. Send the record's current <c>ETag</c> in <c>If-Match</c>.
    /// </remarks>
    /// <param name="distributionId">The record's id.</param>
    /// <param name="ifMatch">The record's current ETag, e.g. <c>"1"</c>.</param>
    /// <response code="200">Corrected; <c>ETag</c> carries the record's new version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    /// <response code="404">No such record.</response>
    /// <response code="412">The record changed since the version in If-Match.</response>
    /// <response code="422">The correction changes nothing.</response>
    /// <response code="428">If-Match is missing.</response>
    [WolverinePost("/api/brochure-distributions/{distributionId}/corrections", Name = "CorrectBrochureDistribution")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType(StatusCodes.Status428PreconditionRequired)]
    public static Task<IResult> Post(
        string distributionId,
        CorrectBrochureDistribution command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(Read.Existing<BrochureDistribution>(distributionId, ExpectedVersion.FromIfMatch(ifMatch)),
            record => [CorrectBrochureDistribution.Decide(command, record!)], context, AnswerWith.Changed(distributionId));
}
