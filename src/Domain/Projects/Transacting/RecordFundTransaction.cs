using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.Projects.Transacting;

/// <summary>
/// Record a fund transaction of a project, typed after IATI (see <see cref="FundTransactionType"/>): funds
/// allocated by a higher level (下达), received (到位), committed, or going out (disbursed, spent, reimbursed,
/// invested in equity). An outflow must be covered by what the project has received and by its budget line.
/// </summary>
/// <param name="Type">The kind of transaction.</param>
/// <param name="On">The business date (the date on the voucher), e.g. <c>2023-07-31</c>.</param>
/// <param name="Amount">Yuan, greater than zero, at most 2 decimal places, e.g. <c>30019.00</c>.</param>
/// <param name="Provider">Who the money comes from, e.g. <c>黔东南州科技局</c> or the project's unit.</param>
/// <param name="Receiver">Who it goes to, e.g. the project's unit or a payee.</param>
/// <param name="BudgetLine">The budget line; required for commitments and outflows, absent for incoming funds.</param>
/// <param name="Voucher">The voucher (凭证) reference in the books, e.g. <c>记-2023-07-015</c>.</param>
public sealed record RecordFundTransaction(
    FundTransactionType Type,
    DateOnly On,
    decimal Amount,
    string Provider,
    string Receiver,
    BudgetLine? BudgetLine,
    string Voucher)
{
    public FundTransactionValues Values => new(On, Money.ToFen(Amount), Provider.Trim(), Receiver.Trim(), BudgetLine, Voucher.Trim());

    public static FundTransactionRecorded Decide(RecordFundTransaction command, string transactionId, Project project)
    {
        var values = command.Values;
        if (command.Type.IsOutflow())
        {
            FundRules.CheckOutflow(project, command.Type, values.Amount, values.BudgetLine!.Value, spentBefore: project.Totals.Spent,
                lineSpentBefore: project.LineSpent(values.BudgetLine.Value));
        }

        var recorded = new FundTransactionRecorded(project.Id, transactionId, project.DivisionCode, command.Type, values.On,
            values.Amount, values.Provider, values.Receiver, values.BudgetLine, values.Voucher, project.ChainHead, "");
        return recorded with { Hash = FundChain.HashOf(recorded, project.Version + 1) };
    }
}

/// <summary>
/// Disburse funds to a payee (支付): a <see cref="RecordFundTransaction"/> of type
/// <see cref="FundTransactionType.Disbursement"/>, the command the design card names.
/// </summary>
/// <param name="On">The business date of the payment.</param>
/// <param name="Amount">Yuan, greater than zero, at most 2 decimal places.</param>
/// <param name="Provider">Who pays: usually the project's unit.</param>
/// <param name="Receiver">The payee, e.g. an expert or an informant.</param>
/// <param name="BudgetLine">The budget line the payment is charged to.</param>
/// <param name="Voucher">The voucher (凭证) reference.</param>
public sealed record DisburseFunds(DateOnly On, decimal Amount, string Provider, string Receiver, BudgetLine BudgetLine, string Voucher)
{
    public RecordFundTransaction AsTransaction() =>
        new(FundTransactionType.Disbursement, On, Amount, Provider, Receiver, BudgetLine, Voucher);

    public static FundTransactionRecorded Decide(DisburseFunds command, string transactionId, Project project) =>
        RecordFundTransaction.Decide(command.AsTransaction(), transactionId, project);
}

/// <summary>
/// A fund transaction was recorded. It carries the project's division, so it counts where the project belongs, on
/// its business date: see <see cref="FundTransactionTypes.Figures"/>.
/// </summary>
public sealed record FundTransactionRecorded(
    string ProjectId,
    string TransactionId,
    string DivisionCode,
    FundTransactionType Type,
    DateOnly On,
    decimal Amount,
    string Provider,
    string Receiver,
    BudgetLine? BudgetLine,
    string Voucher,
    string PreviousHash,
    string Hash) : IChainedEvent, ICountedEvent
{
    public FundTransactionValues Values => new(On, Amount, Provider, Receiver, BudgetLine, Voucher);

    public IEnumerable<FigureCount> Counts() => Type.Figures().Select(figure => new FigureCount(figure, DivisionCode, On, Amount));

    public void WriteFields(CanonicalFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields.Text("transactionId", TransactionId);
        fields.Text("divisionCode", DivisionCode);
        fields.Enum("transactionType", Type);
        fields.Values("values", Values);
    }
}

/// <summary>The money rules every outflow and correction obeys.</summary>
public static class FundRules
{
    /// <summary>
    /// An outflow of <paramref name="amount"/> must leave the balance (received minus spent) at zero or above and
    /// its budget line within the line's current budget; the refusal names the line, its budget and what the
    /// payment would make it.
    /// </summary>
    public static void CheckOutflow(Project project, FundTransactionType type, decimal amount, BudgetLine line,
        decimal spentBefore, decimal lineSpentBefore)
    {
        ArgumentNullException.ThrowIfNull(project);
        var received = project.Totals.Received;
        if (spentBefore + amount > received)
        {
            throw ProjectErrors.InsufficientFunds.Because(
                $"A {type} of {Money.Show(amount)} would overdraw project {project.Id}: received {Money.Show(received)}, " +
                $"spent {Money.Show(spentBefore)}, balance {Money.Show(received - spentBefore)}.");
        }

        var budget = project.LineBudget(line);
        if (lineSpentBefore + amount > budget)
        {
            throw ProjectErrors.BudgetLineExceeded.Because(
                $"Budget line {line} has a budget of {Money.Show(budget)} and has spent {Money.Show(lineSpentBefore)}; " +
                $"this {type} of {Money.Show(amount)} would make it {Money.Show(lineSpentBefore + amount)}.");
        }
    }
}

public sealed class RecordFundTransactionValidator : AbstractValidator<RecordFundTransaction>
{
    public RecordFundTransactionValidator()
    {
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.On).MustBeBusinessDate();
        RuleFor(x => x.Amount).MustBeAmount();
        RuleFor(x => x.Provider).MustBeText(ProjectRules.MaxTextLength);
        RuleFor(x => x.Receiver).MustBeText(ProjectRules.MaxTextLength);
        RuleFor(x => x.BudgetLine).NotNull().When(x => x.Type.NeedsBudgetLine())
            .WithMessage("'Budget Line' is required for commitments and outgoing funds.");
        RuleFor(x => x.BudgetLine).Null().When(x => !x.Type.NeedsBudgetLine())
            .WithMessage("'Budget Line' must be absent for incoming funds (allocations and receipts).");
        RuleFor(x => x.BudgetLine!.Value).IsInEnum().When(x => x.BudgetLine is not null).OverridePropertyName(nameof(RecordFundTransaction.BudgetLine));
        RuleFor(x => x.Voucher).MustBeText(ProjectRules.MaxVoucherLength);
    }
}

public sealed class DisburseFundsValidator : AbstractValidator<DisburseFunds>
{
    public DisburseFundsValidator()
    {
        RuleFor(x => x.On).MustBeBusinessDate();
        RuleFor(x => x.Amount).MustBeAmount();
        RuleFor(x => x.Provider).MustBeText(ProjectRules.MaxTextLength);
        RuleFor(x => x.Receiver).MustBeText(ProjectRules.MaxTextLength);
        RuleFor(x => x.BudgetLine).IsInEnum();
        RuleFor(x => x.Voucher).MustBeText(ProjectRules.MaxVoucherLength);
    }
}
