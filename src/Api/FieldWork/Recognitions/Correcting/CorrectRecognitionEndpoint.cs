using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.FieldWork.Recognitions;
using Fupin.EventSourced.Domain.FieldWork.Recognitions.Correcting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.FieldWork.Recognitions.Correcting;

public static class CorrectRecognitionEndpoint
{
    /// <summary>Corrects a recorded recognition.</summary>
    /// <remarks>
    /// Appends <c>RecognitionCorrected</c>, which keeps the values it replaces and the reason and counts the
    /// difference it makes (a new kind moves the count to the other figure). Send the current <c>ETag</c> in <c>If-Match</c>.
    /// </remarks>
    /// <param name="recognitionId">The recognition's id.</param>
    /// <param name="ifMatch">The recognition's current ETag, e.g. <c>"1"</c>.</param>
    /// <response code="200">Corrected; <c>ETag</c> carries the new version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    /// <response code="404">No such recognition.</response>
    /// <response code="412">The recognition changed since the version in If-Match.</response>
    /// <response code="422">The correction changes nothing, or drops the only name.</response>
    /// <response code="428">If-Match is missing.</response>
    [WolverinePost("/api/recognitions/{recognitionId}/corrections", Name = "CorrectRecognition")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType(StatusCodes.Status428PreconditionRequired)]
    public static Task<IResult> Post(
        string recognitionId,
        CorrectRecognition command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(Read.Existing<Recognition>(recognitionId, ExpectedVersion.FromIfMatch(ifMatch)),
            recognition => [CorrectRecognition.Decide(command, recognition!)], context, AnswerWith.Changed(recognitionId));
}
