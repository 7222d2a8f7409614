using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.TownshipPlans.Adopting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.TownshipPlans.Adopting;

public static class AdoptTownshipPlanEndpoint
{
    /// <summary>Adopts a township's yearly plan with its tasks, in groups, and their responsible units.</summary>
    /// <remarks>
    /// Starts the plan's stream under a server-issued id with <c>TownshipPlanAdopted</c>; the caller's division must
    /// cover the township. Send an <c>Idempotency-Key</c> to make a retry safe.
    /// </remarks>
    /// <response code="201">Adopted; <c>Location</c> names the plan.</response>
    /// <response code="400">A field is missing or invalid (task numbers repeat, a group has no task).</response>
    [WolverinePost("/api/township-plans", Name = "AdoptTownshipPlan")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static Task<IResult> Post(AdoptTownshipPlan command, CommandContext context, EventStreams streams)
    {
        var planId = NewId.Next();
        return streams.Decide([], _ => AdoptTownshipPlan.Decide(command, planId), context,
            AnswerWith.Created(planId, $"/api/township-plans/{planId}"));
    }
}
