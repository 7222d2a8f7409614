using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.FieldWork;

namespace Fupin.EventSourced.Domain.TownshipPlans.Adopting;

/// <summary>Adopt a township's yearly plan with its tasks in groups. The server issues the plan's id.</summary>
/// <param name="TownshipCode">The township's 9-digit code, e.g. <c>430623106</c>.</param>
/// <param name="Title">The plan's title, e.g. <c>2018年注滋口镇科技扶贫工作实施方案</c>.</param>
/// <param name="Year">The year it plans.</param>
/// <param name="AdoptedOn">The business date of adoption (印发).</param>
/// <param name="Groups">The task groups in order, each with its tasks.</param>
/// <param name="DocumentNumber">The document's number, e.g. <c>注政办发〔2018〕35号</c>.</param>
public sealed record AdoptTownshipPlan(
    string TownshipCode, string Title, int Year, DateOnly AdoptedOn, IReadOnlyList<PlanGroupInput> Groups, string? DocumentNumber = null)
{
    public const int MaxGroups = 30;
    public const int MaxTasks = 200;
    public const int MaxSupportingUnits = 20;

    public static Decision Decide(AdoptTownshipPlan command, string planId) =>
        Decision.Start<TownshipPlan>(planId, new TownshipPlanAdopted(planId, command.TownshipCode, command.Title.Trim(), command.Year,
            command.DocumentNumber?.Trim(), command.AdoptedOn,
            [.. command.Groups.Select(g => g with
            {
                Title = g.Title.Trim(),
                Tasks = [.. g.Tasks.Select(t => t with { Title = t.Title.Trim(), LeadUnit = t.LeadUnit.Trim(), SupportingUnits = [.. t.SupportingUnits.Select(u => u.Trim())] })],
            })]));
}

/// <summary>A group of tasks, e.g. <c>(一)发展特色优势产业</c>.</summary>
/// <param name="Number">Its number in the plan (1 for 一).</param>
/// <param name="Title">Its heading.</param>
/// <param name="Tasks">Its tasks.</param>
public sealed record PlanGroupInput(int Number, string Title, IReadOnlyList<PlanTaskInput> Tasks);

/// <summary>A task with its responsible units (责任单位): the first named leads, the others support.</summary>
/// <param name="Number">The task's number, unique in the plan (seed 000 numbers 1–14 across its groups).</param>
/// <param name="Title">What is to be done.</param>
/// <param name="LeadUnit">The lead unit, e.g. <c>农技推广服务中心</c>.</param>
/// <param name="SupportingUnits">Supporting units, e.g. <c>汀头村</c>.</param>
public sealed record PlanTaskInput(int Number, string Title, string LeadUnit, IReadOnlyList<string> SupportingUnits);

/// <summary>A township adopted its plan for <paramref name="Year"/>.</summary>
public sealed record TownshipPlanAdopted(
    string PlanId, string TownshipCode, string Title, int Year, string? DocumentNumber, DateOnly AdoptedOn, IReadOnlyList<PlanGroupInput> Groups)
    : IEventOf<TownshipPlan>;

public sealed class AdoptTownshipPlanValidator : AbstractValidator<AdoptTownshipPlan>
{
    public AdoptTownshipPlanValidator()
    {
        RuleFor(x => x.TownshipCode).Must(code => code is { Length: 9 } && code.All(char.IsAsciiDigit) && !code.StartsWith("00", StringComparison.Ordinal))
            .WithMessage("'{PropertyName}' must be a 9-digit township code.");
        RuleFor(x => x.Title).MustBeText(FieldWorkRules.MaxTextLength);
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.AdoptedOn).MustBeBusinessDate();
        RuleFor(x => x.DocumentNumber!).MustBeText(FieldWorkRules.MaxTextLength).When(x => x.DocumentNumber is not null);
        RuleFor(x => x.Groups).NotNull().NotEmpty().Must(g => g is null || g.Count <= AdoptTownshipPlan.MaxGroups)
            .WithMessage($"'Groups' must hold 1 to {AdoptTownshipPlan.MaxGroups} groups.");
        RuleFor(x => x.Groups).Must(g => g is null || g.Sum(x => x?.Tasks?.Count ?? 0) <= AdoptTownshipPlan.MaxTasks)
            .WithMessage($"A plan holds at most {AdoptTownshipPlan.MaxTasks} tasks.")
            .Must(g => g is null || g.Select(x => x?.Number).Distinct().Count() == g.Count)
            .WithMessage("Group numbers must be unique in the plan.")
            .Must(g => g is null || UniqueTaskNumbers(g))
            .WithMessage("Task numbers must be unique in the plan.");
        RuleForEach(x => x.Groups).NotNull().ChildRules(group =>
        {
            group.RuleFor(g => g.Number).InclusiveBetween(1, AdoptTownshipPlan.MaxGroups);
            group.RuleFor(g => g.Title).MustBeText(FieldWorkRules.MaxTextLength);
            group.RuleFor(g => g.Tasks).NotNull().NotEmpty();
            group.RuleForEach(g => g.Tasks).NotNull().ChildRules(task =>
            {
                task.RuleFor(t => t.Number).InclusiveBetween(1, AdoptTownshipPlan.MaxTasks);
                task.RuleFor(t => t.Title).MustBeText(FieldWorkRules.MaxReasonLength);
                task.RuleFor(t => t.LeadUnit).MustBeText(FieldWorkRules.MaxTextLength);
                task.RuleFor(t => t.SupportingUnits).NotNull().Must(u => u is null || u.Count <= AdoptTownshipPlan.MaxSupportingUnits)
                    .WithMessage($"A task names at most {AdoptTownshipPlan.MaxSupportingUnits} supporting units.");
                task.RuleForEach(t => t.SupportingUnits).MustBeText(FieldWorkRules.MaxTextLength);
            });
        });
    }

    private static bool UniqueTaskNumbers(IReadOnlyList<PlanGroupInput> groups)
    {
        var numbers = groups.Where(g => g?.Tasks is not null).SelectMany(g => g.Tasks).Where(t => t is not null).Select(t => t.Number).ToList();
        return numbers.Distinct().Count() == numbers.Count;
    }
}
