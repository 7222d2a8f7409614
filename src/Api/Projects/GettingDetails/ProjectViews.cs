using Fupin.EventSourced.Domain.Projects;

namespace Fupin.EventSourced.Api.Projects.GettingDetails;

/// <summary>A project with its money as the events make it, corrections applied.</summary>
/// <param name="Id">Server-issued id.</param>
/// <param name="Title">Title.</param>
/// <param name="DivisionCode">The division the project belongs to.</param>
/// <param name="ResponsibleUnit">The unit accountable for it.</param>
/// <param name="StartsOn">First day of the period.</param>
/// <param name="EndsOn">Last day of the period.</param>
/// <param name="VillageCodes">The villages it serves.</param>
/// <param name="Funds">Allocated, received, committed, disbursed, spent and the balance.</param>
/// <param name="Lines">Each budget line against its current budget.</param>
/// <param name="Budgets">Each year's budget per line, original and current.</param>
/// <param name="Transactions">Every transaction as it stands now, oldest first.</param>
/// <param name="ChainHead">The hash of the project's latest event.</param>
/// <param name="Version">Stream version; also the <c>ETag</c>.</param>
public sealed record ProjectView(
    string Id,
    string Title,
    string DivisionCode,
    string ResponsibleUnit,
    DateOnly StartsOn,
    DateOnly EndsOn,
    IReadOnlyList<string> VillageCodes,
    FundsView Funds,
    IReadOnlyList<LineView> Lines,
    IReadOnlyList<BudgetEntry> Budgets,
    IReadOnlyList<TransactionView> Transactions,
    string ChainHead,
    long Version)
{
    /// <summary>The view of a project and its transactions (oldest first) as they stood at the same version.</summary>
    public static ProjectView Of(Project project, IEnumerable<FundTransaction> transactions) => new(project.Id, project.Title,
        project.DivisionCode, project.ResponsibleUnit, project.StartsOn, project.EndsOn, project.VillageCodes, FundsView.Of(project.Totals),
        LineView.Of(project), project.Budgets, [.. transactions.Select(TransactionView.Of)], project.ChainHead, project.Version);
}

/// <summary>A project's money in yuan, to the fen. Spent covers every outflow, disbursements included.</summary>
/// <param name="Allocated">Allocated by higher levels (下达).</param>
/// <param name="Received">Arrived in the account (到位).</param>
/// <param name="Committed">Committed.</param>
/// <param name="Disbursed">Paid to payees (支付).</param>
/// <param name="Spent">Every outflow: disbursed, spent directly, reimbursed, invested in equity (使用).</param>
/// <param name="Balance">Received minus spent.</param>
public sealed record FundsView(decimal Allocated, decimal Received, decimal Committed, decimal Disbursed, decimal Spent, decimal Balance)
{
    public static FundsView Of(FundTotals totals) =>
        new(totals.Allocated, totals.Received, totals.Committed, totals.Disbursed, totals.Spent, totals.Balance);
}

/// <summary>A budget line against its budget.</summary>
/// <param name="Line">The line.</param>
/// <param name="OriginalBudget">Its budget in the contract as registered, all years.</param>
/// <param name="Budget">Its current budget, all years, revisions applied: what it may spend.</param>
/// <param name="Committed">Committed on the line.</param>
/// <param name="Spent">Spent on the line.</param>
/// <param name="Remaining">Budget minus spent.</param>
public sealed record LineView(BudgetLine Line, decimal OriginalBudget, decimal Budget, decimal Committed, decimal Spent, decimal Remaining)
{
    public static IReadOnlyList<LineView> Of(Project project) =>
    [
        .. project.Budgets.Select(b => b.Line).Concat(project.Lines.Select(l => l.Line)).Distinct().Order().Select(line =>
        {
            var figures = project.Lines.FirstOrDefault(l => l.Line == line) ?? new LineFigures(line, 0m, 0m);
            var budget = project.LineBudget(line);
            return new LineView(line, project.Budgets.Where(b => b.Line == line).Sum(b => b.Original), budget, figures.Committed,
                figures.Spent, budget - figures.Spent);
        }),
    ];
}

/// <summary>A fund transaction as it stands now.</summary>
/// <param name="Id">Transaction id.</param>
/// <param name="Type">The IATI-typed kind.</param>
/// <param name="IatiCode">The IATI transaction type code.</param>
/// <param name="On">Business date (corrected).</param>
/// <param name="Amount">Amount (corrected); 0 when voided.</param>
/// <param name="Provider">Provider (corrected).</param>
/// <param name="Receiver">Receiver (corrected).</param>
/// <param name="BudgetLine">Budget line (corrected).</param>
/// <param name="Voucher">Voucher reference (corrected).</param>
/// <param name="Voided">Whether a correction took it back.</param>
/// <param name="Corrections">How many corrections it has had; read them at the transaction's own route.</param>
public sealed record TransactionView(
    string Id,
    FundTransactionType Type,
    int IatiCode,
    DateOnly On,
    decimal Amount,
    string Provider,
    string Receiver,
    BudgetLine? BudgetLine,
    string Voucher,
    bool Voided,
    int Corrections)
{
    public static TransactionView Of(FundTransaction t)
    {
        var shown = t.Current ?? t.Original;
        return new(t.Id, t.Type, t.Type.IatiCode(), shown.On, t.Current?.Amount ?? 0.00m, shown.Provider, shown.Receiver,
            shown.BudgetLine, shown.Voucher, t.Current is null, t.Corrections.Count);
    }
}
