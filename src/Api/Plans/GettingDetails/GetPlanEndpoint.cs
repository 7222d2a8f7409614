using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Plans;
using Fupin.EventSourced.Domain.Plans.Revising;
using Fupin.EventSourced.Domain.Plans.Targeting;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Plans.GettingDetails;

/// <summary>A plan with its baselines and every target as set and revised.</summary>
/// <param name="Id">Server-issued id.</param>
/// <param name="Name">Title.</param>
/// <param name="DivisionCode">The division it is for.</param>
/// <param name="FirstYear">First plan year.</param>
/// <param name="LastYear">Last plan year.</param>
/// <param name="Document">The adopting document.</param>
/// <param name="AdoptedOn">Adoption date.</param>
/// <param name="Baselines">Baseline per indicator.</param>
/// <param name="Targets">Every target entry in the order decided; the last per indicator and year is in force.</param>
/// <param name="Version">Stream version (as known at the instant asked for); also the <c>ETag</c>.</param>
public sealed record PlanView(
    string Id, string Name, string DivisionCode, int FirstYear, int LastYear, string Document, DateOnly AdoptedOn,
    IReadOnlyList<Baseline> Baselines, IReadOnlyList<TargetEntry> Targets, long Version)
{
    public static PlanView Of(Plan p) => new(p.Id, p.Name, p.DivisionCode, p.FirstYear, p.LastYear, p.Document, p.AdoptedOn, p.Baselines, p.Targets, p.Version);
}

/// <summary>One target of a plan explained: the value in force on the business date asked, and every event that set or revised it.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="IndicatorCode">The indicator.</param>
/// <param name="Year">The plan year.</param>
/// <param name="AsOf">The business date asked for (null: now).</param>
/// <param name="InForce">The target in force on that date, or null if none was decided by then.</param>
/// <param name="Events">The plan events that set and revised it, oldest first, with who recorded them and when.</param>
public sealed record TargetExplained(string PlanId, string IndicatorCode, int Year, DateOnly? AsOf, TargetEntry? InForce, IReadOnlyList<TargetEvent> Events);

/// <summary>An event that set or revised a target.</summary>
/// <param name="Sequence">The event's sequence number in the store.</param>
/// <param name="EventId">The event's id.</param>
/// <param name="EventType">Its type, e.g. <c>target_revised</c>.</param>
/// <param name="Value">The target it set.</param>
/// <param name="PreviousValue">The target it replaced (revisions).</param>
/// <param name="Reason">Why (revisions).</param>
/// <param name="DecidedOn">The business date of the decision.</param>
/// <param name="RecordedAt">When the server recorded it.</param>
/// <param name="RecordedBy">The user who recorded it.</param>
public sealed record TargetEvent(long Sequence, Guid EventId, string EventType, decimal Value, decimal? PreviousValue, string? Reason, DateOnly DecidedOn, DateTimeOffset RecordedAt, string? RecordedBy);

public static class GetPlanEndpoint
{
    /// <summary>Reads a plan with its baselines and targets, now or as it was known at an instant.</summary>
    /// <param name="targetPlanId">The plan's id.</param>
    /// <param name="knownOn">Optional instant (<c>2019-03-31T23:59:59+08:00</c>, or a date for the end of that day, UTC+8): the plan from the events recorded by then.</param>
    /// <response code="200">The plan; <c>ETag</c> carries its version.</response>
    /// <response code="400">knownOn is malformed.</response>
    /// <response code="404">No such plan (or none yet at that instant).</response>
    [WolverineGet("/api/plans/{targetPlanId}", Name = "GetPlan")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<PlanView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<PlanView> Get(string targetPlanId, string? knownOn, IQuerySession session, HttpResponse response, CancellationToken cancellation)
    {
        var plan = await PlanReading.LoadAsync(session, targetPlanId, ReportRoute.OptionalInstant(knownOn), cancellation);
        response.Headers.ETag = ExpectedVersion.ETag(plan.Version);
        return PlanView.Of(plan);
    }

    /// <summary>Explains one target: the value in force on a business date and every plan event that set or revised it.</summary>
    /// <param name="targetPlanId">The plan's id.</param>
    /// <param name="indicatorCode">The indicator's code.</param>
    /// <param name="year">The plan year.</param>
    /// <param name="asOf">Optional business date: the target in force on that day (e.g. <c>2019-03-31</c>).</param>
    /// <response code="200">The target and its history.</response>
    /// <response code="400">The year or date is malformed.</response>
    /// <response code="404">No such plan.</response>
    [WolverineGet("/api/plans/{targetPlanId}/targets/{indicatorCode}/years/{year}", Name = "ExplainTarget")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<TargetExplained>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<TargetExplained> ExplainTarget(
        string targetPlanId, string indicatorCode, string year, string? asOf, IQuerySession session, CancellationToken cancellation)
    {
        var y = ReportRoute.Year(year);
        var day = ReportRoute.OptionalDate(asOf);
        var plan = await session.LoadAsync<Plan>(targetPlanId, cancellation) ?? throw Plan.NotFound(targetPlanId);
        var events = await session.Events.FetchStreamAsync(targetPlanId, token: cancellation);
        var history = new List<TargetEvent>();
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case IndicatorTargetsSet set when set.IndicatorCode == indicatorCode && set.Targets.FirstOrDefault(t => t.Year == y) is { } target:
                    history.Add(new(e.Sequence, e.Id, e.EventTypeName, target.Value, null, null, set.DecidedOn, e.Timestamp, e.UserName));
                    break;
                case TargetRevised revised when revised.IndicatorCode == indicatorCode && revised.Year == y:
                    history.Add(new(e.Sequence, e.Id, e.EventTypeName, revised.Value, revised.PreviousValue, revised.Reason, revised.DecidedOn, e.Timestamp, e.UserName));
                    break;
            }
        }

        return new TargetExplained(targetPlanId, indicatorCode, y, day, plan.TargetOf(indicatorCode, y, day), history);
    }
}

/// <summary>Loading a plan now or as known at an instant (its events recorded by then, replayed through the plan's own <c>Evolve</c>).</summary>
public static class PlanReading
{
    public static async Task<Plan> LoadAsync(IQuerySession session, string targetPlanId, DateTimeOffset? knownOn, CancellationToken cancellation)
    {
        if (knownOn is not { } at)
        {
            return await session.LoadAsync<Plan>(targetPlanId, cancellation) ?? throw Plan.NotFound(targetPlanId);
        }

        var events = await session.Events.FetchStreamAsync(targetPlanId, timestamp: at, token: cancellation);
        return events.Count == 0
            ? throw Plan.NotFound(targetPlanId)
            : events.Aggregate((Plan?)null, (plan, e) => Plan.Evolve(plan, e.Data) with { Version = e.Version })!;
    }
}
