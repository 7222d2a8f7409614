using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.FieldWork;

namespace Fupin.EventSourced.Domain.TownshipPlans.ReportingProgress;

/// <summary>Report progress on one task of a township plan; a report with status <c>Completed</c> completes it.</summary>
/// <param name="On">The business date of the report; not before the plan's adoption nor the task's previous report.</param>
/// <param name="Text">What was done, e.g. <c>完成 3 家示范企业遴选</c>.</param>
/// <param name="Status">Where the task stands now.</param>
/// <param name="Percent">How far it is, 0–100, if the unit gives a figure; 100 or none when completed.</param>
public sealed record ReportTaskProgress(DateOnly On, string Text, PlanTaskStatus Status, int? Percent = null)
{
    public static TaskProgressReported Decide(ReportTaskProgress command, TownshipPlan plan, int taskNumber, string reportId)
    {
        var task = plan.FindTask(taskNumber)
                   ?? throw TownshipPlanErrors.TaskNotFound.Because($"Plan {plan.Id} has no task {taskNumber}.");
        if (task.IsCompleted)
        {
            throw TownshipPlanErrors.TaskCompleted.Because($"Task {taskNumber} of plan {plan.Id} was completed on {task.Latest!.On:yyyy-MM-dd}.");
        }

        if (command.On < plan.AdoptedOn || (task.Latest is { } latest && command.On < latest.On))
        {
            throw TownshipPlanErrors.ProgressOutOfOrder.Because(
                $"The report is dated {command.On:yyyy-MM-dd}, before " + (task.Latest is { } previous && previous.On > plan.AdoptedOn
                    ? $"the task's previous report on {previous.On:yyyy-MM-dd}."
                    : $"the plan's adoption on {plan.AdoptedOn:yyyy-MM-dd}."));
        }

        return new TaskProgressReported(plan.Id, taskNumber, reportId, command.On, command.Text.Trim(), command.Percent, command.Status);
    }
}

/// <summary>Progress on task <paramref name="TaskNumber"/> of a township plan was reported.</summary>
public sealed record TaskProgressReported(string PlanId, int TaskNumber, string ReportId, DateOnly On, string Text, int? Percent, PlanTaskStatus Status)
    : IEventOf<TownshipPlan>;

public sealed class ReportTaskProgressValidator : AbstractValidator<ReportTaskProgress>
{
    public ReportTaskProgressValidator()
    {
        RuleFor(x => x.On).MustBeBusinessDate();
        RuleFor(x => x.Text).MustBeText(FieldWorkRules.MaxReasonLength);
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Percent!.Value).InclusiveBetween(0, 100).When(x => x.Percent is not null).OverridePropertyName(nameof(ReportTaskProgress.Percent));
        RuleFor(x => x.Percent).Must(p => p is null or 100).When(x => x.Status == PlanTaskStatus.Completed)
            .WithMessage("A completed task is 100 percent done, or gives no percent.");
    }
}
