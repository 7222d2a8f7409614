using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.Assigning;
using Fupin.EventSourced.Domain.Villages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Envoys.Assigning;

public static class AssignEnvoyEndpoint
{
    /// <summary>Pairs an envoy with a registered key village (结对) from a business date.</summary>
    /// <remarks>
    /// Decides on the envoy and the village together: appends <c>EnvoyAssigned</c> to the envoy's stream (checked
    /// by its version) and holds the village's stream, which it only reads, under a share lock until the commit.
    /// The caller's division must cover both. If-Match (the envoy's ETag) is optional.
    /// </remarks>
    /// <param name="envoyId">The envoy's id.</param>
    /// <param name="ifMatch">Optional: the envoy's ETag, to assign only if nothing changed since.</param>
    /// <response code="201">Assigned; the body's id is the new assignment's, <c>ETag</c> the envoy's new version.</response>
    /// <response code="404">No such envoy or village.</response>
    /// <response code="409">The pair already overlaps these dates.</response>
    /// <response code="412">The envoy changed since the version in If-Match.</response>
    /// <response code="422">The envoy is withdrawn, or the start is before their selection.</response>
    [WolverinePost("/api/envoys/{envoyId}/assignments", Name = "AssignEnvoy")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string envoyId,
        AssignEnvoy command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams)
    {
        var assignmentId = NewId.Next();
        return streams.Decide(
            Read.Existing<Envoy>(envoyId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            Read.Existing<Village>(command.VillageCode),
            (envoy, village) => Decision.Append(envoyId, AssignEnvoy.Decide(command, assignmentId, envoy!, village!)),
            context,
            AnswerWith.Created(assignmentId, $"/api/envoys/{envoyId}", versionOf: envoyId));
    }
}
