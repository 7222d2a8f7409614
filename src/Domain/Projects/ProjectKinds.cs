using System.Text.Json.Serialization;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.Projects;

/// <summary>
/// A line of a project's contract budget (合同预算). Seed 002's August payments are expert and informant fees;
/// the rest are the usual lines of an S&amp;T project contract.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<BudgetLine>))]
public enum BudgetLine
{
    ExpertFees,
    InformantFees,
    Materials,
    Training,
    Equipment,
    Travel,
    Publicity,
    Management,
    Other,
}

/// <summary>
/// The kind of a fund transaction, after the IATI activity standard's transaction types (code in brackets). Money
/// comes in (allocation, receipt), is promised (commitment) and goes out (the four outflows), which draw on the
/// balance received and on their budget line.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<FundTransactionType>))]
public enum FundTransactionType
{
    /// <summary>下达: funds allocated by a higher level (IATI 11, incoming commitment). Counts FundsAllocated.</summary>
    Allocation,

    /// <summary>到位: funds arrived in the project's account (IATI 1, incoming funds). Counts FundsReceived.</summary>
    Receipt,

    /// <summary>A firm obligation to pay, e.g. a signed expert contract (IATI 2). Counts FundsCommitted; draws on nothing.</summary>
    Commitment,

    /// <summary>支付: funds paid to a payee who spends them (IATI 3). Counts FundsDisbursed and FundsSpent.</summary>
    Disbursement,

    /// <summary>Funds spent directly on goods and services (IATI 4). Counts FundsSpent.</summary>
    Expenditure,

    /// <summary>Covering an expense a payee already made (IATI 7). Counts FundsSpent.</summary>
    Reimbursement,

    /// <summary>Buying shares, e.g. the equity scheme's sows placed with a cooperative (IATI 8). Counts FundsSpent.</summary>
    PurchaseOfEquity,
}

public static class FundTransactionTypes
{
    /// <summary>Whether the transaction takes money out of the account: it must be covered by the balance and its budget line.</summary>
    public static bool IsOutflow(this FundTransactionType type) => type is FundTransactionType.Disbursement
        or FundTransactionType.Expenditure or FundTransactionType.Reimbursement or FundTransactionType.PurchaseOfEquity;

    /// <summary>Whether the transaction names a budget line: every outflow and commitment does; incoming funds do not.</summary>
    public static bool NeedsBudgetLine(this FundTransactionType type) => type.IsOutflow() || type == FundTransactionType.Commitment;

    /// <summary>The IATI transaction type code.</summary>
    public static int IatiCode(this FundTransactionType type) => type switch
    {
        FundTransactionType.Allocation => 11,
        FundTransactionType.Receipt => 1,
        FundTransactionType.Commitment => 2,
        FundTransactionType.Disbursement => 3,
        FundTransactionType.Expenditure => 4,
        FundTransactionType.Reimbursement => 7,
        FundTransactionType.PurchaseOfEquity => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The figures a transaction of this type adds to.</summary>
    public static IEnumerable<Figure> Figures(this FundTransactionType type) => type switch
    {
        FundTransactionType.Allocation => [Figure.FundsAllocated],
        FundTransactionType.Receipt => [Figure.FundsReceived],
        FundTransactionType.Commitment => [Figure.FundsCommitted],
        FundTransactionType.Disbursement => [Figure.FundsDisbursed, Figure.FundsSpent],
        _ => [Figure.FundsSpent],
    };
}

/// <summary>One year's budget for one line.</summary>
/// <param name="Year">The calendar year, within the project's period.</param>
/// <param name="Line">The budget line.</param>
/// <param name="Amount">Yuan, at most 2 decimal places; zero allowed (a line planned for later years).</param>
public sealed record YearBudget(int Year, BudgetLine Line, decimal Amount);

/// <summary>What a fund transaction says: the values a correction replaces and restates.</summary>
/// <param name="On">The business date.</param>
/// <param name="Amount">Yuan, positive, 2 decimal places.</param>
/// <param name="Provider">Who the money comes from, e.g. <c>黔东南州科技局</c>.</param>
/// <param name="Receiver">Who it goes to, e.g. the project's unit or a payee.</param>
/// <param name="BudgetLine">The budget line; null for incoming funds.</param>
/// <param name="Voucher">The voucher (凭证) reference in the books, e.g. <c>记-2023-07-015</c>.</param>
public sealed record FundTransactionValues(
    DateOnly On,
    decimal Amount,
    string Provider,
    string Receiver,
    BudgetLine? BudgetLine,
    string Voucher);
