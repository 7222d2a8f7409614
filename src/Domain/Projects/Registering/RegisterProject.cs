using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Villages;

namespace Fupin.EventSourced.Domain.Projects.Registering;

/// <summary>
/// Register a funded S&amp;T poverty-alleviation project (科技扶贫项目) with its contract budget per year and budget
/// line. The server issues the project's id; the project belongs to <paramref name="DivisionCode"/>, which scopes
/// every later command and read of it. Seed 001 supports 10 such projects a year, seed 003 about 100 by 2025.
/// </summary>
/// <param name="Title">The project's title, e.g. <c>林下养鸡技术示范推广</c>.</param>
/// <param name="DivisionCode">The 6-digit province, city or county code the project belongs to, e.g. <c>522634</c>.</param>
/// <param name="ResponsibleUnit">The unit accountable for it (责任单位), e.g. <c>雷山县科技局</c>.</param>
/// <param name="StartsOn">First day of the project's period.</param>
/// <param name="EndsOn">Last day of the project's period.</param>
/// <param name="VillageCodes">The 12-digit codes of the villages it serves, all within <paramref name="DivisionCode"/>.</param>
/// <param name="Budgets">The original contract budget: per year of the period and budget line, in yuan.</param>
public sealed record RegisterProject(
    string Title,
    string DivisionCode,
    string ResponsibleUnit,
    DateOnly StartsOn,
    DateOnly EndsOn,
    IReadOnlyList<string> VillageCodes,
    IReadOnlyList<YearBudget> Budgets)
{
    public static Decision Decide(RegisterProject command, string projectId)
    {
        var registered = new ProjectRegistered(projectId, command.Title.Trim(), command.DivisionCode,
            command.ResponsibleUnit.Trim(), command.StartsOn, command.EndsOn, [.. command.VillageCodes.Distinct(StringComparer.Ordinal)],
            [.. command.Budgets.Select(b => b with { Amount = Money.ToFen(b.Amount) }).OrderBy(b => b.Year).ThenBy(b => b.Line)],
            FundChain.Genesis, "");
        return Decision.Start<Project>(projectId, registered with { Hash = FundChain.HashOf(registered, 1) });
    }
}

/// <summary>A project was registered with its original contract budget. Counts one ProjectsSupported in its first year.</summary>
public sealed record ProjectRegistered(
    string ProjectId,
    string Title,
    string DivisionCode,
    string ResponsibleUnit,
    DateOnly StartsOn,
    DateOnly EndsOn,
    IReadOnlyList<string> VillageCodes,
    IReadOnlyList<YearBudget> Budgets,
    string PreviousHash,
    string Hash) : IChainedEvent, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => [new(Figure.ProjectsSupported, DivisionCode, StartsOn, 1)];

    public void WriteFields(CanonicalFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields.Text("title", Title);
        fields.Text("divisionCode", DivisionCode);
        fields.Text("responsibleUnit", ResponsibleUnit);
        fields.Date("startsOn", StartsOn);
        fields.Date("endsOn", EndsOn);
        fields.List("villageCodes", VillageCodes, (f, code) => f.Text("code", code));
        fields.List("budgets", Budgets, (f, budget) =>
        {
            f.Number("year", budget.Year);
            f.Enum("line", budget.Line);
            f.Amount("amount", budget.Amount);
        });
    }
}

public sealed class RegisterProjectValidator : AbstractValidator<RegisterProject>
{
    public RegisterProjectValidator()
    {
        RuleFor(x => x.Title).MustBeText(ProjectRules.MaxTextLength);
        RuleFor(x => x.DivisionCode).Must(code => Divisions.TryPrefix(code, out _))
            .WithMessage("'{PropertyName}' must be the 6-digit code of a province (370000), city (370300) or county (370302).");
        RuleFor(x => x.ResponsibleUnit).MustBeText(ProjectRules.MaxTextLength);
        RuleFor(x => x.StartsOn).MustBeBusinessDate();
        RuleFor(x => x.EndsOn).MustBeBusinessDate().GreaterThanOrEqualTo(x => x.StartsOn)
            .WithMessage("'Ends On' must not be before 'Starts On'.");
        RuleFor(x => x.VillageCodes).NotNull()
            .Must(codes => codes is null || codes.Count <= ProjectRules.MaxVillages)
            .WithMessage($"'{{PropertyName}}' must list at most {ProjectRules.MaxVillages} villages.");
        RuleForEach(x => x.VillageCodes).MustBeVillageCode()
            .Must((command, code) => code is null || !Divisions.TryPrefix(command.DivisionCode, out var prefix)
                                     || code.StartsWith(prefix, StringComparison.Ordinal))
            .WithMessage("'{PropertyName}' must be a village within the project's division.");
        RuleFor(x => x.Budgets).NotEmpty().WithMessage("'{PropertyName}' must list at least one year's budget line.")
            .Must(budgets => budgets is null || budgets.Count <= ProjectRules.MaxBudgetEntries)
            .WithMessage($"'{{PropertyName}}' must list at most {ProjectRules.MaxBudgetEntries} entries.")
            .Must(budgets => budgets is null || budgets.Where(b => b is not null).GroupBy(b => (b.Year, b.Line)).All(g => g.Count() == 1))
            .WithMessage("'{PropertyName}' must list each year and budget line once.");
        RuleForEach(x => x.Budgets).NotNull().ChildRules(budget =>
        {
            budget.RuleFor(b => b.Line).IsInEnum();
            budget.RuleFor(b => b.Amount).MustBeBudgetAmount();
        }).Must((command, budget) => budget is null || (budget.Year >= command.StartsOn.Year && budget.Year <= command.EndsOn.Year))
            .WithMessage("'{PropertyName}' must be for a year of the project's period.");
    }
}
