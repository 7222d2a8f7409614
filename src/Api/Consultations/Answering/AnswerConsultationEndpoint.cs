using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Consultations;
using Fupin.EventSourced.Domain.Consultations.Answering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Consultations.Answering;

public static class AnswerConsultationEndpoint
{
    /// <summary>Records an expert's answer to a consultation.</summary>
    /// <remarks>
    /// Appends <c>ConsultationAnswered</c> with the hours since the question. A consultation is answered once (409
    /// after that). If-Match (the consultation's ETag) is optional.
    /// </remarks>
    /// <param name="consultationId">The consultation's id.</param>
    /// <param name="ifMatch">Optional: the consultation's ETag, to answer only if nothing changed since.</param>
    /// <response code="200">Answered; <c>ETag</c> carries the consultation's new version.</response>
    /// <response code="404">No consultation with this id.</response>
    /// <response code="409">The consultation is already answered.</response>
    /// <response code="412">The consultation changed since the version in If-Match.</response>
    /// <response code="422">The answer is dated before the question, or in the future.</response>
    [WolverinePost("/api/consultations/{consultationId}/answer", Name = "AnswerConsultation")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string consultationId,
        AnswerConsultation command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams,
        TimeProvider clock) =>
        streams.Decide(Read.Existing<Consultation>(consultationId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            consultation => [AnswerConsultation.Decide(command, consultation!, clock.GetUtcNow())], context, AnswerWith.Changed(consultationId));
}
