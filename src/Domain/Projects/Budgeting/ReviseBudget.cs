using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;

namespace Fupin.EventSourced.Domain.Projects.Budgeting;

/// <summary>
/// Revise one year's budget for one line (调整预算). The original stays on record beside the revised amount, as
/// IATI's original and revised budgets do, and the revision says why. A line's budget cannot fall below what the
/// line has already spent.
/// </summary>
/// <param name="Year">The year of the project's period the budget is for.</param>
/// <param name="Line">The budget line.</param>
/// <param name="Amount">The revised amount in yuan (zero drops the line for that year).</param>
/// <param name="On">The business date of the revision, e.g. the date of the approving document.</param>
/// <param name="Reason">Why, e.g. <c>州科技局批复调整 (2023-08)</c>.</param>
public sealed record ReviseBudget(int Year, BudgetLine Line, decimal Amount, DateOnly On, string Reason)
{
    public static ProjectBudgetRevised Decide(ReviseBudget command, Project project)
    {
        if (command.Year < project.StartsOn.Year || command.Year > project.EndsOn.Year)
        {
            throw ProjectErrors.BudgetYearOutsidePeriod.Because(
                $"Project {project.Id} runs {project.StartsOn:yyyy-MM-dd} to {project.EndsOn:yyyy-MM-dd}; {command.Year} is not one of its years.");
        }

        var amount = Money.ToFen(command.Amount);
        var current = project.BudgetOf(command.Year, command.Line);
        if (current?.Current == amount)
        {
            throw ProjectErrors.BudgetUnchanged.Because(
                $"The {command.Year} budget of {command.Line} is already {Money.Show(amount)}.");
        }

        var lineBudget = project.LineBudget(command.Line) - (current?.Current ?? 0m) + amount;
        var spent = project.LineSpent(command.Line);
        if (lineBudget < spent)
        {
            throw ProjectErrors.BudgetBelowSpent.Because(
                $"Budget line {command.Line} has spent {Money.Show(spent)}; this revision would make its budget {Money.Show(lineBudget)}.");
        }

        var revised = new ProjectBudgetRevised(project.Id, command.Year, command.Line, amount, current?.Current ?? 0m,
            command.On, command.Reason.Trim(), project.ChainHead, "");
        return revised with { Hash = FundChain.HashOf(revised, project.Version + 1) };
    }
}

/// <summary>
/// One year's budget for one line was revised from <paramref name="Replaces"/> to <paramref name="Amount"/>; the
/// original budget stays in <see cref="Registering.ProjectRegistered"/>.
/// </summary>
public sealed record ProjectBudgetRevised(
    string ProjectId,
    int Year,
    BudgetLine Line,
    decimal Amount,
    decimal Replaces,
    DateOnly On,
    string Reason,
    string PreviousHash,
    string Hash) : IChainedEvent
{
    public void WriteFields(CanonicalFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields.Number("year", Year);
        fields.Enum("line", Line);
        fields.Amount("amount", Amount);
        fields.Amount("replaces", Replaces);
        fields.Date("on", On);
        fields.Text("reason", Reason);
    }
}

public sealed class ReviseBudgetValidator : AbstractValidator<ReviseBudget>
{
    public ReviseBudgetValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Line).IsInEnum();
        RuleFor(x => x.Amount).MustBeBudgetAmount();
        RuleFor(x => x.On).MustBeBusinessDate();
        RuleFor(x => x.Reason).MustBeText(ProjectRules.MaxReasonLength);
    }
}
