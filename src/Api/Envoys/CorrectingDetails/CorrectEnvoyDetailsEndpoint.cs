using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.CorrectingDetails;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Envoys.CorrectingDetails;

public static class CorrectEnvoyDetailsEndpoint
{
    /// <summary>Corrects some of an envoy's recorded details.</summary>
    /// <remarks>Appends <c>EnvoyDetailsCorrected</c> with the changed fields only. Send the envoy's current <c>ETag</c> in <c>If-Match</c>.</remarks>
    /// <param name="envoyId">The envoy's id.</param>
    /// <param name="ifMatch">The envoy's current ETag, e.g. <c>"3"</c>.</param>
    /// <response code="200">Corrected; <c>ETag</c> carries the envoy's new version.</response>
    /// <response code="404">No envoy with this id.</response>
    /// <response code="412">The envoy changed since the version in If-Match.</response>
    /// <response code="422">Nothing would change, or the selection date would fall after an assignment's start.</response>
    /// <response code="428">If-Match is missing.</response>
    [WolverinePost("/api/envoys/{envoyId}/detail-corrections", Name = "CorrectEnvoyDetails")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType(StatusCodes.Status428PreconditionRequired)]
    public static Task<IResult> Post(
        string envoyId,
        CorrectEnvoyDetails command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(Read.Existing<Envoy>(envoyId, ExpectedVersion.FromIfMatch(ifMatch)),
            envoy => [CorrectEnvoyDetails.Decide(command, envoy!)], context, AnswerWith.Changed(envoyId));
}
