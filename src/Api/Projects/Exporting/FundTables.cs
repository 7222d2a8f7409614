using Fupin.EventSourced.Api.Projects.History;
using Fupin.EventSourced.Domain.Projects;

namespace Fupin.EventSourced.Api.Projects.Exporting;

/// <summary>The exported tables' Chinese column labels and rows: the names the county's finance office uses.</summary>
public static class FundTables
{
    public static IReadOnlyList<string> HistoryLabels { get; } =
    [
        "序号", "记录类型", "交易编号", "更正编号", "交易类型", "IATI代码", "业务日期", "金额(元)", "变动(元)", "付款方", "收款方",
        "预算科目", "凭证号", "更正原因", "原金额(元)", "原业务日期", "下达累计(元)", "到位累计(元)", "承诺累计(元)", "支付累计(元)",
        "使用累计(元)", "余额(元)", "版本", "记录时间", "记录人", "角色", "关联编号",
    ];

    public static IEnumerable<object?[]> HistoryRows(FundHistory history) => history.Entries.Select(e => new object?[]
    {
        e.Line, Kind(e.Kind), e.TransactionId, e.CorrectionId, TypeName(e.Type), e.IatiCode, e.On, e.Amount, e.Change, e.Provider,
        e.Receiver, e.BudgetLine is { } line ? LineName(line) : null, e.Voucher, e.Reason, e.Replaced?.Amount, e.Replaced?.On,
        e.Balances.Allocated, e.Balances.Received, e.Balances.Committed, e.Balances.Disbursed, e.Balances.Spent, e.Balances.Balance,
        e.Version, e.RecordedAt, e.RecordedBy, e.Role, e.CorrelationId,
    });

    public static IReadOnlyList<string> DivisionYearLabels { get; } =
    [
        "项目编号", "项目名称", "所属区划", "责任单位", "年度", "下达(元)", "到位(元)", "承诺(元)", "支付(元)", "使用(元)", "执行率",
    ];

    /// <summary>The label of the last row, which sums the projects above it.</summary>
    public const string TotalRow = "合计";

    public static string Kind(FundHistoryEntryKind kind) => kind switch
    {
        FundHistoryEntryKind.Recorded => "录入",
        FundHistoryEntryKind.Corrected => "更正",
        FundHistoryEntryKind.Voided => "作废",
        _ => kind.ToString(),
    };

    public static string TypeName(FundTransactionType type) => type switch
    {
        FundTransactionType.Allocation => "下达",
        FundTransactionType.Receipt => "到位",
        FundTransactionType.Commitment => "承诺",
        FundTransactionType.Disbursement => "支付",
        FundTransactionType.Expenditure => "支出",
        FundTransactionType.Reimbursement => "报销",
        FundTransactionType.PurchaseOfEquity => "股权投资",
        _ => type.ToString(),
    };

    public static string LineName(BudgetLine line) => line switch
    {
        BudgetLine.ExpertFees => "专家费",
        BudgetLine.InformantFees => "信息员费",
        BudgetLine.Materials => "材料费",
        BudgetLine.Training => "培训费",
        BudgetLine.Equipment => "设备费",
        BudgetLine.Travel => "差旅费",
        BudgetLine.Publicity => "宣传费",
        BudgetLine.Management => "管理费",
        BudgetLine.Other => "其他",
        _ => line.ToString(),
    };

    /// <summary>Spent ÷ allocated to 4 places, as the division-year read answers it; null when nothing was allocated.</summary>
    public static Ratio? ExecutionRate(FundTotals totals) =>
        totals.Allocated == 0m ? null : new Ratio(decimal.Round(totals.Spent / totals.Allocated, 4, MidpointRounding.AwayFromZero));
}
