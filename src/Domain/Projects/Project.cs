using Fupin.EventSourced.Domain.Projects.Budgeting;
using Fupin.EventSourced.Domain.Projects.Correcting;
using Fupin.EventSourced.Domain.Projects.Registering;
using Fupin.EventSourced.Domain.Projects.Transacting;

namespace Fupin.EventSourced.Domain.Projects;

/// <summary>
/// A funded S&amp;T poverty-alleviation project as its stream has built it: what it is, its contract budget per year
/// and line (original and current), and the totals per project and per line the money rules decide on. The fund
/// transactions themselves are not here but in their own <see cref="FundTransaction"/> documents: this state is
/// loaded and rewritten on every payment, so it must stay the same size however many payments a project has. The project is not a place: it belongs to <see cref="DivisionCode"/>, recorded at registration, which
/// scopes every read and write of it. One stream per project keeps each project's money rules in one consistent
/// place (a disbursement and the balance it draws on are decided together) and its fund record in one hash chain.
/// </summary>
public sealed record Project : IStreamState<Project>
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string DivisionCode { get; init; }
    public required string ResponsibleUnit { get; init; }
    public DateOnly StartsOn { get; init; }
    public DateOnly EndsOn { get; init; }
    public IReadOnlyList<string> VillageCodes { get; init; } = [];
    public IReadOnlyList<BudgetEntry> Budgets { get; init; } = [];
    public FundTotals Totals { get; init; } = FundTotals.Zero;

    /// <summary>Committed and spent per budget line, as the transactions (corrected) make them.</summary>
    public IReadOnlyList<LineFigures> Lines { get; init; } = [];

    /// <summary>The hash of the stream's latest event, which the next event links to.</summary>
    public string ChainHead { get; init; } = FundChain.Genesis;

    /// <summary>How many fund transactions the project has recorded, voided ones included.</summary>
    public int TransactionCount { get; init; }

    public long Version { get; init; }

    public BudgetEntry? BudgetOf(int year, BudgetLine line) => Budgets.FirstOrDefault(b => b.Year == year && b.Line == line);

    /// <summary>The line's current contract budget: its current budgets of every year.</summary>
    public decimal LineBudget(BudgetLine line) => Budgets.Where(b => b.Line == line).Sum(b => b.Current);

    public decimal LineSpent(BudgetLine line) => Lines.FirstOrDefault(l => l.Line == line)?.Spent ?? 0m;

    public static Project Evolve(Project? project, object @event) => Linked(@event switch
    {
        ProjectRegistered e => new Project
        {
            Id = e.ProjectId,
            Title = e.Title,
            DivisionCode = e.DivisionCode,
            ResponsibleUnit = e.ResponsibleUnit,
            StartsOn = e.StartsOn,
            EndsOn = e.EndsOn,
            VillageCodes = e.VillageCodes,
            Budgets = [.. e.Budgets.Select(b => new BudgetEntry(b.Year, b.Line, b.Amount, b.Amount, Revisions: 0))],
        },
        ProjectBudgetRevised e => StreamStates.Started(project, e) with
        {
            Budgets = project.BudgetOf(e.Year, e.Line) is null
                ? [.. project.Budgets, new BudgetEntry(e.Year, e.Line, Original: 0m, e.Amount, Revisions: 1)]
                : [.. project.Budgets.Select(b => b.Year == e.Year && b.Line == e.Line ? b with { Current = e.Amount, Revisions = b.Revisions + 1 } : b)],
        },
        FundTransactionRecorded e => StreamStates.Started(project, e)
            .Counting(e.Type, e.Values, +1) with { TransactionCount = project.TransactionCount + 1 },
        FundTransactionCorrected e => StreamStates.Started(project, e)
            .Counting(e.Type, e.Replaced, -1)
            .Counting(e.Type, e.Corrected, +1),
        _ => throw StreamStates.Unexpected(project, @event),
    }, @event);

    public static DomainException NotFound(string id) => ProjectErrors.NotFound.Because($"No project with id {id} is registered.");

    private static Project Linked(Project project, object @event) =>
        @event is IChainedEvent chained ? project with { ChainHead = chained.Hash } : project;

    private Project Counting(FundTransactionType type, FundTransactionValues? values, int sign)
    {
        if (values is null)
        {
            return this;
        }

        var amount = sign * values.Amount;
        var totals = Totals.Add(type, amount);
        if (values.BudgetLine is not { } line)
        {
            return this with { Totals = totals };
        }

        var figures = Lines.FirstOrDefault(l => l.Line == line) ?? new LineFigures(line, 0m, 0m);
        var updated = type == FundTransactionType.Commitment ? figures with { Committed = figures.Committed + amount }
            : type.IsOutflow() ? figures with { Spent = figures.Spent + amount }
            : figures;
        return this with
        {
            Totals = totals,
            Lines = [.. Lines.Where(l => l.Line != line).Append(updated).OrderBy(l => l.Line)],
        };
    }
}

/// <summary>One year's budget for one line: the original of the contract and the current one after revisions.</summary>
public sealed record BudgetEntry(int Year, BudgetLine Line, decimal Original, decimal Current, int Revisions);

/// <summary>A budget line's committed and spent amounts.</summary>
public sealed record LineFigures(BudgetLine Line, decimal Committed, decimal Spent);

/// <summary>A project's money to the fen, corrections applied. Spent covers every outflow, disbursements included.</summary>
public sealed record FundTotals(decimal Allocated, decimal Received, decimal Committed, decimal Disbursed, decimal Spent)
{
    public static FundTotals Zero { get; } = new(0.00m, 0.00m, 0.00m, 0.00m, 0.00m);

    /// <summary>What has been received and not spent: never below zero.</summary>
    public decimal Balance => Received - Spent;

    public FundTotals Add(FundTransactionType type, decimal amount) => type switch
    {
        FundTransactionType.Allocation => this with { Allocated = Allocated + amount },
        FundTransactionType.Receipt => this with { Received = Received + amount },
        FundTransactionType.Commitment => this with { Committed = Committed + amount },
        FundTransactionType.Disbursement => this with { Disbursed = Disbursed + amount, Spent = Spent + amount },
        _ => this with { Spent = Spent + amount },
    };
}
