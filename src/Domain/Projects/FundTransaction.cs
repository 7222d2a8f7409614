using Fupin.EventSourced.Domain.Projects.Correcting;
using Fupin.EventSourced.Domain.Projects.Transacting;

namespace Fupin.EventSourced.Domain.Projects;

/// <summary>
/// One fund transaction of a project as first recorded and as it stands now, kept as its own small document beside
/// the project's state (inline, in the same transaction as its events). The project's state carries only the totals
/// its decisions need, so a payment costs the same on a project with five transactions as on one with five
/// thousand; the lists, reports and corrections read these instead.
/// </summary>
public sealed record FundTransaction
{
    /// <summary>The server-issued transaction id.</summary>
    public required string Id { get; init; }

    public required string ProjectId { get; init; }

    /// <summary>The project's division, so a division's transactions are one range query.</summary>
    public required string DivisionCode { get; init; }

    /// <summary>The IATI-typed kind; a correction never changes it.</summary>
    public FundTransactionType Type { get; init; }

    /// <summary>What it said when recorded.</summary>
    public required FundTransactionValues Original { get; init; }

    /// <summary>What it says after its corrections; null when voided.</summary>
    public FundTransactionValues? Current { get; init; }

    /// <summary>The ids of its corrections, oldest first.</summary>
    public IReadOnlyList<string> Corrections { get; init; } = [];

    /// <summary>The project's stream version its recording was appended at: a project's transactions in order.</summary>
    public long RecordedAtVersion { get; init; }

    /// <summary>The project's stream version of its latest event (its recording or its latest correction).</summary>
    public long ChangedAtVersion { get; init; }

    /// <summary>
    /// The transaction after one more of its events, appended at <paramref name="version"/> of its project's stream.
    /// Only the two fund events touch a transaction; anything else, or a correction before the recording, fails loudly.
    /// </summary>
    public static FundTransaction Evolve(FundTransaction? transaction, object @event, long version) => @event switch
    {
        FundTransactionRecorded e => new FundTransaction
        {
            Id = e.TransactionId,
            ProjectId = e.ProjectId,
            DivisionCode = e.DivisionCode,
            Type = e.Type,
            Original = e.Values,
            Current = e.Values,
            RecordedAtVersion = version,
            ChangedAtVersion = version,
        },
        FundTransactionCorrected e => (transaction ?? throw new InvalidOperationException(
            $"Correction {e.CorrectionId} cannot be applied before fund transaction {e.TransactionId} was recorded.")) with
        {
            Current = e.Corrected,
            Corrections = [.. transaction.Corrections, e.CorrectionId],
            ChangedAtVersion = version,
        },
        _ => throw new InvalidOperationException($"A fund transaction does not know the event {@event.GetType().Name}."),
    };
}
