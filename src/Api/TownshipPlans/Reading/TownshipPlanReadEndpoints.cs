using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.TownshipPlans;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.TownshipPlans.Reading;

/// <summary>A township plan with its tasks, each with its latest progress.</summary>
/// <param name="Id">Server-issued id.</param>
/// <param name="TownshipCode">The township's 9-digit code.</param>
/// <param name="Title">The plan's title.</param>
/// <param name="Year">The year it plans.</param>
/// <param name="DocumentNumber">The document's number, if given.</param>
/// <param name="AdoptedOn">The business date of adoption.</param>
/// <param name="Groups">The task groups in order.</param>
/// <param name="Tasks">Every task, by number.</param>
/// <param name="TasksCompleted">How many tasks are completed.</param>
/// <param name="Version">Stream version; also the <c>ETag</c>.</param>
public sealed record TownshipPlanView(
    string Id, string TownshipCode, string Title, int Year, string? DocumentNumber, DateOnly AdoptedOn,
    IReadOnlyList<PlanGroup> Groups, IReadOnlyList<PlanTaskView> Tasks, int TasksCompleted, long Version);

/// <summary>A task of the plan and where it stands.</summary>
/// <param name="Number">Its number in the plan.</param>
/// <param name="GroupNumber">The group it belongs to.</param>
/// <param name="Title">What is to be done.</param>
/// <param name="LeadUnit">The lead responsible unit.</param>
/// <param name="SupportingUnits">The supporting units.</param>
/// <param name="Status">Where it stands: <c>NotStarted</c> until a report says otherwise.</param>
/// <param name="Latest">The latest progress report, if any.</param>
/// <param name="Reports">How many reports it has had.</param>
public sealed record PlanTaskView(
    int Number, int GroupNumber, string Title, string LeadUnit, IReadOnlyList<string> SupportingUnits, PlanTaskStatus Status, TaskProgress? Latest, int Reports);

/// <summary>A township plan in a list: what it is and how far its tasks are.</summary>
/// <param name="Id">Server-issued id.</param>
/// <param name="TownshipCode">The township's 9-digit code.</param>
/// <param name="Title">The plan's title.</param>
/// <param name="Year">The year it plans.</param>
/// <param name="Tasks">How many tasks it has.</param>
/// <param name="TasksCompleted">How many are completed.</param>
public sealed record TownshipPlanSummary(string Id, string TownshipCode, string Title, int Year, int Tasks, int TasksCompleted);

public static class TownshipPlanReadEndpoints
{
    /// <summary>A division's township plans for a year, by township.</summary>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="year">The year planned, e.g. <c>2018</c>.</param>
    /// <response code="200">The plans.</response>
    /// <response code="400">The division or year is not valid.</response>
    [WolverineGet("/api/township-plans/divisions/{divisionCode}/years/{year}", Name = "ListTownshipPlans")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<IReadOnlyList<TownshipPlanSummary>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static async Task<IReadOnlyList<TownshipPlanSummary>> List(string divisionCode, string year, IQuerySession session, CancellationToken cancellation)
    {
        var prefix = ReportRoute.DivisionPrefix(divisionCode);
        var y = ReportRoute.Year(year);
        var plans = await session.Query<TownshipPlan>().Where(p => p.Year == y && p.TownshipCode.StartsWith(prefix))
            .OrderBy(p => p.TownshipCode).ThenBy(p => p.Id).ToListAsync(cancellation);
        return [.. plans.Select(p => new TownshipPlanSummary(p.Id, p.TownshipCode, p.Title, p.Year, p.Tasks.Count, p.Tasks.Count(t => t.IsCompleted)))];
    }

    /// <summary>Reads one township plan with its tasks and their latest progress.</summary>
    /// <param name="planId">The plan's id.</param>
    /// <response code="200">The plan; <c>ETag</c> carries its version.</response>
    /// <response code="404">No such plan.</response>
    [WolverineGet("/api/township-plans/{planId}", Name = "GetTownshipPlan")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<TownshipPlanView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<TownshipPlanView> Get(string planId, IQuerySession session, HttpResponse response, CancellationToken cancellation)
    {
        var plan = await session.LoadAsync<TownshipPlan>(planId, cancellation) ?? throw TownshipPlan.NotFound(planId);
        response.Headers.ETag = ExpectedVersion.ETag(plan.Version);
        var tasks = plan.Tasks.OrderBy(t => t.Number)
            .Select(t => new PlanTaskView(t.Number, t.GroupNumber, t.Title, t.LeadUnit, t.SupportingUnits,
                t.Latest?.Status ?? PlanTaskStatus.NotStarted, t.Latest, t.Progress.Count))
            .ToList();
        return new TownshipPlanView(plan.Id, plan.TownshipCode, plan.Title, plan.Year, plan.DocumentNumber, plan.AdoptedOn, plan.Groups, tasks,
            tasks.Count(t => t.Status == PlanTaskStatus.Completed), plan.Version);
    }
}
