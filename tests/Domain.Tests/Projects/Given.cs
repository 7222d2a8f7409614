using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Budgeting;
using Fupin.EventSourced.Domain.Projects.Correcting;
using Fupin.EventSourced.Domain.Projects.Registering;
using Fupin.EventSourced.Domain.Projects.Transacting;

namespace Fupin.EventSourced.Domain.Tests.Projects;

/// <summary>
/// Starting states for project specs, built by the decisions themselves (so every event is chained as the door
/// would append it) and evolved through <see cref="Project.Evolve"/> with the version Marten would give it.
/// Seed 002's county project: 300,000 allocated by the prefecture (州), 300,000 received.
/// </summary>
internal static class Given
{
    public const string ProjectId = "0196f1c2-7a00-7000-8000-0000000000aa";
    public const string County = "522634";
    public const string Village = "522634101001";

    public static DateOnly Day(int year, int month, int day) => new(year, month, day);

    public static readonly RegisterProject Registration = new("科技扶贫在线平台与专家服务", County, "县科技局", Day(2023, 1, 1),
        Day(2024, 12, 31), [Village],
        [
            new(2023, BudgetLine.ExpertFees, 100_000m),
            new(2023, BudgetLine.InformantFees, 50_000m),
            new(2023, BudgetLine.Training, 80_000m),
            new(2024, BudgetLine.ExpertFees, 70_000m),
        ]);

    /// <summary>
    /// (Recorded) history: every event with its version, as the stream holds it, and each fund transaction's document
    /// as its projection folds it.
    /// </summary>
    public sealed class History
    {
        private readonly List<(long Version, object Data)> _events = [];
        private readonly Dictionary<string, FundTransaction> _transactions = new(StringComparer.Ordinal);

        public Project Project { get; private set; } = null!;

        public IReadOnlyList<(long Version, object Data)> Events => _events;

        /// <summary>The transaction's document as it stands now; null when never recorded.</summary>
        public FundTransaction? TransactionRecord(string transactionId) => _transactions.GetValueOrDefault(transactionId);

        public History Then(object @event)
        {
            var version = _events.Count + 1;
            Project = Project.Evolve(_events.Count == 0 ? null : Project, @event) with { Version = version };
            if (@event switch { FundTransactionRecorded r => r.TransactionId, FundTransactionCorrected c => c.TransactionId, _ => null } is { } id)
            {
                _transactions[id] = FundTransaction.Evolve(TransactionRecord(id), @event, version);
            }

            _events.Add((version, @event));
            return this;
        }

        /// <summary>The correction decided on the current state and the transaction's current document.</summary>
        public FundTransactionCorrected Correction(string transactionId, CorrectFundTransaction correction, string? correctionId = null) =>
            CorrectFundTransaction.Decide(correction, transactionId, TransactionRecord(transactionId), correctionId ?? Guid.NewGuid().ToString(), Project);

        public History Registered(RegisterProject? registration = null) =>
            Then(RegisterProject.Decide(registration ?? Registration, ProjectId).Changes.Single().Events.Single());

        public History Recorded(FundTransactionType type, decimal amount, BudgetLine? line = null, string? id = null, DateOnly? on = null) =>
            Then(RecordFundTransaction.Decide(Transaction(type, amount, line, on), id ?? Guid.NewGuid().ToString(), Project));

        public History Corrected(string transactionId, CorrectFundTransaction correction) =>
            Then(Correction(transactionId, correction));

        public History Revised(int year, BudgetLine line, decimal amount) =>
            Then(ReviseBudget.Decide(new(year, line, amount, Day(2023, 8, 1), "州科技局批复调整"), Project));
    }

    public static RecordFundTransaction Transaction(FundTransactionType type, decimal amount, BudgetLine? line = null, DateOnly? on = null) =>
        new(type, on ?? Day(2023, 7, 31), amount, type.IsOutflow() ? "县科技局" : "州科技局", type.IsOutflow() ? "专家 李明" : "县科技局",
            line ?? (type.NeedsBudgetLine() ? BudgetLine.ExpertFees : null), "记-2023-07-015");

    /// <summary>A registered project with nothing else.</summary>
    public static History Registered() => new History().Registered();

    /// <summary>Seed 002: 300,000 allocated and 300,000 received.</summary>
    public static History Funded(decimal received = 300_000m) => Registered()
        .Recorded(FundTransactionType.Allocation, 300_000m, on: Day(2023, 3, 1))
        .Recorded(FundTransactionType.Receipt, received, on: Day(2023, 4, 1));
}
