using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.Withdrawing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Envoys.Withdrawing;

public static class WithdrawEnvoyEndpoint
{
    /// <summary>Withdraws an envoy; every running assignment ends the same day, in the same transaction.</summary>
    /// <remarks>Appends <c>AssignmentEnded</c> for each running assignment and <c>EnvoyWithdrawn</c>. If-Match is optional.</remarks>
    /// <param name="envoyId">The envoy's id.</param>
    /// <param name="ifMatch">Optional: the envoy's ETag, to withdraw only if nothing changed since.</param>
    /// <response code="200">Withdrawn; <c>ETag</c> carries the envoy's new version.</response>
    /// <response code="404">No envoy with this id.</response>
    /// <response code="409">The envoy is already withdrawn.</response>
    /// <response code="412">The envoy changed since the version in If-Match.</response>
    /// <response code="422">The date is before the envoy's selection.</response>
    [WolverinePost("/api/envoys/{envoyId}/withdrawal", Name = "WithdrawEnvoy")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string envoyId,
        WithdrawEnvoy command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(Read.Existing<Envoy>(envoyId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            envoy => WithdrawEnvoy.Decide(command, envoy!), context, AnswerWith.Changed(envoyId));
}
