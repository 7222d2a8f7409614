using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Plans.DrawingUp;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Plans.DrawingUp;

public static class DrawUpPlanEndpoint
{
    /// <summary>Draws up a plan of a division for a span of years (admin).</summary>
    /// <remarks>Starts the plan's stream under a server-issued id with <c>PlanDrawnUp</c>; the caller's division must cover the plan's.</remarks>
    /// <response code="201">Drawn up; <c>Location</c> names the plan.</response>
    /// <response code="400">A field is missing or invalid.</response>
    [WolverinePost("/api/plans", Name = "DrawUpPlan")]
    [Authorize(Policy = Policies.Administer)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static Task<IResult> Post(DrawUpPlan command, CommandContext context, EventStreams streams)
    {
        var targetPlanId = NewId.Next();
        return streams.Decide([], _ => DrawUpPlan.Decide(command, targetPlanId), context, AnswerWith.Created(targetPlanId, $"/api/plans/{targetPlanId}"));
    }
}
