using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Indicators;
using Fupin.EventSourced.Domain.Plans;
using Fupin.EventSourced.Domain.Plans.Targeting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Plans.Targeting;

public static class SetIndicatorTargetsEndpoint
{
    /// <summary>Sets a plan's baseline and yearly targets for one indicator (admin), once per indicator.</summary>
    /// <remarks>Appends <c>IndicatorTargetsSet</c> to the plan; reads the indicator, which must be defined. If-Match (the plan's ETag) is optional.</remarks>
    /// <param name="targetPlanId">The plan's id.</param>
    /// <param name="ifMatch">Optional: the plan's ETag.</param>
    /// <response code="200">Set; <c>ETag</c> carries the plan's new version.</response>
    /// <response code="404">No such plan or indicator.</response>
    /// <response code="409">The plan already has targets for this indicator (revise them instead).</response>
    /// <response code="412">The plan changed since the version in If-Match.</response>
    /// <response code="422">A year outside the plan, or a decision dated before its adoption.</response>
    [WolverinePost("/api/plans/{targetPlanId}/targets", Name = "SetIndicatorTargets")]
    [Authorize(Policy = Policies.Administer)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string targetPlanId,
        SetIndicatorTargets command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(
            Read.Existing<Plan>(targetPlanId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            Read.Existing<Indicator>(command.IndicatorCode),
            (plan, indicator) => Decision.Append(targetPlanId, SetIndicatorTargets.Decide(command, plan!, indicator!)),
            context,
            AnswerWith.Changed(targetPlanId));
}
