using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.EndingAssignment;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Envoys.EndingAssignment;

public static class EndAssignmentEndpoint
{
    /// <summary>Ends one of an envoy's assignments on a business date.</summary>
    /// <remarks>Appends <c>AssignmentEnded</c> to the envoy's stream. If-Match (the envoy's ETag) is optional.</remarks>
    /// <param name="envoyId">The envoy's id.</param>
    /// <param name="assignmentId">The assignment's id, as answered when it was made.</param>
    /// <param name="ifMatch">Optional: the envoy's ETag, to end only if nothing changed since.</param>
    /// <response code="200">Ended; <c>ETag</c> carries the envoy's new version.</response>
    /// <response code="404">No such envoy or assignment.</response>
    /// <response code="409">The assignment has already ended.</response>
    /// <response code="412">The envoy changed since the version in If-Match.</response>
    /// <response code="422">The date lies outside the assignment's term.</response>
    [WolverinePost("/api/envoys/{envoyId}/assignments/{assignmentId}/end", Name = "EndAssignment")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string envoyId,
        string assignmentId,
        EndAssignment command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(Read.Existing<Envoy>(envoyId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            envoy => [EndAssignment.Decide(command, assignmentId, envoy!)], context,
            AnswerWith.Changed(assignmentId, versionOf: envoyId));
}
