using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.Projects.Correcting;

/// <summary>
/// Correct a recorded fund transaction: a compensating event that points at the original by its id, says why, and
/// carries both what it replaces and what it says now. Nothing is edited or deleted; the read models show the
/// corrected figure and, on demand, the original and its corrections. Give only the fields that change, or
/// <paramref name="Void"/> to take the whole transaction back (entered twice, never happened). The type stays: a
/// transaction of the wrong type is voided and recorded anew.
/// </summary>
/// <param name="Reason">Why, e.g. <c>凭证金额录入错误</c>.</param>
/// <param name="On">The corrected business date.</param>
/// <param name="Amount">The corrected amount (yuan, greater than zero, at most 2 decimal places).</param>
/// <param name="Provider">The corrected provider.</param>
/// <param name="Receiver">The corrected receiver.</param>
/// <param name="BudgetLine">The corrected budget line (commitments and outflows only).</param>
/// <param name="Voucher">The corrected voucher reference.</param>
/// <param name="Void">True to take the transaction back entirely; then no other field may be given.</param>
public sealed record CorrectFundTransaction(
    string Reason,
    DateOnly? On = null,
    decimal? Amount = null,
    string? Provider = null,
    string? Receiver = null,
    BudgetLine? BudgetLine = null,
    string? Voucher = null,
    bool Void = false)
{
    /// <summary>
    /// Decides on <paramref name="project"/>'s state and the transaction as its own document stood at the same version
    /// of the project (the caller makes sure of that: the document lives outside the stream's state). A transaction
    /// of another project is as unknown here as one that was never recorded.
    /// </summary>
    public static FundTransactionCorrected Decide(CorrectFundTransaction command, string transactionId, FundTransaction? transaction,
        string correctionId, Project project)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(project);
        if (transaction is null || transaction.Id != transactionId || transaction.ProjectId != project.Id)
        {
            throw ProjectErrors.TransactionNotFound.Because($"Project {project.Id} has no fund transaction {transactionId}.");
        }

        if (transaction.Current is not { } replaced)
        {
            throw ProjectErrors.TransactionVoided.Because($"Fund transaction {transactionId} was voided; record a new transaction instead.");
        }

        var corrected = command.Void ? null : replaced with
        {
            On = command.On ?? replaced.On,
            Amount = command.Amount is { } amount ? Money.ToFen(amount) : replaced.Amount,
            Provider = command.Provider?.Trim() ?? replaced.Provider,
            Receiver = command.Receiver?.Trim() ?? replaced.Receiver,
            BudgetLine = transaction.Type.NeedsBudgetLine() ? command.BudgetLine ?? replaced.BudgetLine : null,
            Voucher = command.Voucher?.Trim() ?? replaced.Voucher,
        };
        if (corrected == replaced)
        {
            throw ProjectErrors.CorrectionUnchanged.Because($"Fund transaction {transactionId} already says exactly this.");
        }

        var correction = new FundTransactionCorrected(project.Id, correctionId, transactionId, project.DivisionCode,
            transaction.Type, replaced, corrected, command.Reason.Trim(), project.ChainHead, "");
        CheckOutcome(project, correction);
        return correction with { Hash = FundChain.HashOf(correction, project.Version + 1) };
    }

    /// <summary>A correction obeys the money rules as the transaction itself did: against the books without the replaced values.</summary>
    private static void CheckOutcome(Project project, FundTransactionCorrected correction)
    {
        var after = Project.Evolve(project, correction);
        if (after.Totals.Spent > after.Totals.Received)
        {
            throw ProjectErrors.InsufficientFunds.Because(
                $"This correction would overdraw project {project.Id}: received {Money.Show(after.Totals.Received)}, " +
                $"spent {Money.Show(after.Totals.Spent)}, balance {Money.Show(after.Totals.Balance)}.");
        }

        if (correction.Type.IsOutflow() && correction.Corrected?.BudgetLine is { } line && after.LineSpent(line) > after.LineBudget(line))
        {
            throw ProjectErrors.BudgetLineExceeded.Because(
                $"Budget line {line} has a budget of {Money.Show(after.LineBudget(line))}; this correction would make what it has spent " +
                $"{Money.Show(after.LineSpent(line))}.");
        }
    }
}

/// <summary>
/// A fund transaction was corrected (or, with no <paramref name="Corrected"/> values, voided). It carries what it
/// replaces, so it counts the difference: minus the replaced amount on the replaced date, plus the corrected one.
/// </summary>
public sealed record FundTransactionCorrected(
    string ProjectId,
    string CorrectionId,
    string TransactionId,
    string DivisionCode,
    FundTransactionType Type,
    FundTransactionValues Replaced,
    FundTransactionValues? Corrected,
    string Reason,
    string PreviousHash,
    string Hash) : IChainedEvent, ICountedEvent
{
    public bool Voids => Corrected is null;

    public IEnumerable<FigureCount> Counts() => Type.Figures().SelectMany(figure => Corrected is { } now
        ? new[] { new FigureCount(figure, DivisionCode, Replaced.On, -Replaced.Amount), new FigureCount(figure, DivisionCode, now.On, now.Amount) }
        : [new FigureCount(figure, DivisionCode, Replaced.On, -Replaced.Amount)]);

    public void WriteFields(CanonicalFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields.Text("correctionId", CorrectionId);
        fields.Text("transactionId", TransactionId);
        fields.Text("divisionCode", DivisionCode);
        fields.Enum("transactionType", Type);
        fields.Values("replaced", Replaced);
        fields.Values("corrected", Corrected);
        fields.Text("reason", Reason);
    }
}

public sealed class CorrectFundTransactionValidator : AbstractValidator<CorrectFundTransaction>
{
    public CorrectFundTransactionValidator()
    {
        RuleFor(x => x.Reason).MustBeText(ProjectRules.MaxReasonLength);
        RuleFor(x => x.On!.Value).MustBeBusinessDate().When(x => x.On is not null).OverridePropertyName(nameof(CorrectFundTransaction.On));
        RuleFor(x => x.Amount!.Value).MustBeAmount().When(x => x.Amount is not null).OverridePropertyName(nameof(CorrectFundTransaction.Amount));
        RuleFor(x => x.Provider!).MustBeText(ProjectRules.MaxTextLength).When(x => x.Provider is not null);
        RuleFor(x => x.Receiver!).MustBeText(ProjectRules.MaxTextLength).When(x => x.Receiver is not null);
        RuleFor(x => x.BudgetLine!.Value).IsInEnum().When(x => x.BudgetLine is not null).OverridePropertyName(nameof(CorrectFundTransaction.BudgetLine));
        RuleFor(x => x.Voucher!).MustBeText(ProjectRules.MaxVoucherLength).When(x => x.Voucher is not null);
        RuleFor(x => x.Void).Must((command, isVoid) => !isVoid || (command.On is null && command.Amount is null && command.Provider is null
                                                                    && command.Receiver is null && command.BudgetLine is null && command.Voucher is null))
            .WithMessage("'Void' takes the whole transaction back: give no corrected field with it.");
    }
}
