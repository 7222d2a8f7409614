using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Plans;
using Fupin.EventSourced.Domain.Plans.Revising;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Plans.Revising;

public static class ReviseTargetEndpoint
{
    /// <summary>Revises one target of a plan, with the reason and the decision's date (admin).</summary>
    /// <remarks>Appends <c>TargetRevised</c>, carrying the value it replaces; the earlier target stays in the plan's history. Send the plan's <c>ETag</c> in <c>If-Match</c>.</remarks>
    /// <param name="targetPlanId">The plan's id.</param>
    /// <param name="ifMatch">The plan's current ETag.</param>
    /// <response code="200">Revised.</response>
    /// <response code="404">No such plan, or no target for the indicator and year.</response>
    /// <response code="412">The plan changed since the version in If-Match.</response>
    /// <response code="422">The year is outside the plan, the value is unchanged, or the decision is dated before the previous one.</response>
    /// <response code="428">If-Match is missing.</response>
    [WolverinePost("/api/plans/{targetPlanId}/target-revisions", Name = "ReviseTarget")]
    [Authorize(Policy = Policies.Administer)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType(StatusCodes.Status428PreconditionRequired)]
    public static Task<IResult> Post(
        string targetPlanId,
        ReviseTarget command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(Read.Existing<Plan>(targetPlanId, ExpectedVersion.FromIfMatch(ifMatch)),
            plan => ReviseTarget.Decide(command, plan!), context, AnswerWith.Changed(targetPlanId));
}
