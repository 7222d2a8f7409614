using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Demands;
using Fupin.EventSourced.Domain.Demands.Agreements;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Demands.Agreements;

public static class SignAgreementEndpoint
{
    /// <summary>Records the cooperation agreement signed for a matched demand, with its responsible expert and term.</summary>
    /// <remarks>
    /// Appends <c>AgreementSigned</c> to the demand's stream. The responsible expert must be one of the experts the
    /// demand was matched to. If-Match (the demand's ETag) is optional.
    /// </remarks>
    /// <param name="demandId">The demand's id.</param>
    /// <param name="ifMatch">Optional: the demand's ETag, to sign only if nothing changed since.</param>
    /// <response code="201">Signed; the body's id is the agreement's, <c>ETag</c> the demand's new version.</response>
    /// <response code="404">No such demand.</response>
    /// <response code="409">The demand already has an agreement.</response>
    /// <response code="412">The demand changed since the version in If-Match.</response>
    /// <response code="422">The demand is closed or not matched, the expert is not matched to it, or the date precedes the match.</response>
    [WolverinePost("/api/demands/{demandId}/agreement", Name = "SignAgreement")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string demandId,
        SignAgreement command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams)
    {
        var agreementId = NewId.Next();
        return streams.Decide(Read.Existing<Demand>(demandId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            demand => [SignAgreement.Decide(command, agreementId, demand!)], context,
            AnswerWith.Created(agreementId, $"/api/demands/{demandId}", versionOf: demandId));
    }
}
