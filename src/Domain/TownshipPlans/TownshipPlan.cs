using System.Text.Json.Serialization;
using Fupin.EventSourced.Domain.TownshipPlans.Adopting;
using Fupin.EventSourced.Domain.TownshipPlans.ReportingProgress;

namespace Fupin.EventSourced.Domain.TownshipPlans;

/// <summary>Where a task stands after a progress report.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlanTaskStatus>))]
public enum PlanTaskStatus
{
    NotStarted,
    InProgress,
    Suspended,

    /// <summary>Done: no further progress is reported on the task.</summary>
    Completed,
}

/// <summary>
/// A township's yearly S&amp;T poverty-alleviation plan (实施方案, seed 000: 注滋口镇 2018, 14 tasks in 6 groups), as its
/// stream has built it: the tasks in their groups, each with its responsible units, and each task's progress reports
/// over time. One stream per plan: a report's rules (the task exists, is not completed, dates run forward) read only
/// the plan, and a plan is small (tens of tasks, a report a month each).
/// </summary>
public sealed record TownshipPlan : IStreamState<TownshipPlan>
{
    public required string Id { get; init; }
    public required string TownshipCode { get; init; }
    public required string Title { get; init; }
    public int Year { get; init; }
    public string? DocumentNumber { get; init; }
    public DateOnly AdoptedOn { get; init; }
    public IReadOnlyList<PlanGroup> Groups { get; init; } = [];
    public IReadOnlyList<PlanTask> Tasks { get; init; } = [];
    public long Version { get; init; }

    /// <summary>A plan belongs to its township (a 9-digit code under its county).</summary>
    public string DivisionCode => TownshipCode;

    public PlanTask? FindTask(int number) => Tasks.FirstOrDefault(t => t.Number == number);

    public static TownshipPlan Evolve(TownshipPlan? plan, object @event) => @event switch
    {
        TownshipPlanAdopted e => new()
        {
            Id = e.PlanId, TownshipCode = e.TownshipCode, Title = e.Title, Year = e.Year, DocumentNumber = e.DocumentNumber, AdoptedOn = e.AdoptedOn,
            Groups = [.. e.Groups.Select(g => new PlanGroup(g.Number, g.Title))],
            Tasks = [.. e.Groups.SelectMany(g => g.Tasks.Select(t => new PlanTask(t.Number, g.Number, t.Title, t.LeadUnit, t.SupportingUnits, [])))],
        },
        TaskProgressReported e => StreamStates.Started(plan, e) with
        {
            Tasks = [.. plan.Tasks.Select(t => t.Number == e.TaskNumber
                ? t with { Progress = [.. t.Progress, new TaskProgress(e.ReportId, e.On, e.Text, e.Percent, e.Status)] }
                : t)],
        },
        _ => throw StreamStates.Unexpected(plan, @event),
    };

    public static DomainException NotFound(string id) => TownshipPlanErrors.NotFound.Because($"No township plan with id {id} is adopted.");
}

/// <summary>A group of tasks, e.g. <c>(一)发展特色优势产业</c>.</summary>
public sealed record PlanGroup(int Number, string Title);

/// <summary>A task of the plan with its responsible units (责任单位) and its progress reports, oldest first.</summary>
public sealed record PlanTask(int Number, int GroupNumber, string Title, string LeadUnit, IReadOnlyList<string> SupportingUnits, IReadOnlyList<TaskProgress> Progress)
{
    public TaskProgress? Latest => Progress.Count == 0 ? null : Progress[^1];
    public bool IsCompleted => Latest?.Status == PlanTaskStatus.Completed;
}

/// <summary>One progress report on a task.</summary>
public sealed record TaskProgress(string Id, DateOnly On, string Text, int? Percent, PlanTaskStatus Status);
