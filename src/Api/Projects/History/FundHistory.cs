using System.Text.Json.Serialization;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Projects.GettingDetails;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Correcting;
using Fupin.EventSourced.Domain.Projects.Registering;
using Fupin.EventSourced.Domain.Projects.Transacting;
using JasperFx.Events;

namespace Fupin.EventSourced.Api.Projects.History;

/// <summary>What one line of a fund history records.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FundHistoryEntryKind>))]
public enum FundHistoryEntryKind
{
    /// <summary>A fund transaction as recorded (with corrections applied, unless corrections are shown).</summary>
    Recorded,

    /// <summary>A correction of an earlier transaction (shown only on demand).</summary>
    Corrected,

    /// <summary>A correction that took a transaction back entirely (shown only on demand).</summary>
    Voided,
}

/// <summary>A project's fund history, replayed from its events.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Title">Its title.</param>
/// <param name="DivisionCode">Its division.</param>
/// <param name="AsOf">Only transactions dated up to this business date, if asked.</param>
/// <param name="KnownOn">Only events recorded up to this instant, if asked: the ledger as it stood then.</param>
/// <param name="KnownThroughVersion">The last event of the project's stream the replay includes.</param>
/// <param name="StreamVersion">The stream's version now; more than <paramref name="KnownThroughVersion"/> when events were recorded after <paramref name="KnownOn"/>.</param>
/// <param name="CorrectionsShown">Whether corrections are shown as lines of their own beside the originals.</param>
/// <param name="Entries">The lines, each with the running balances after it.</param>
/// <param name="Totals">The balances after the last line.</param>
public sealed record FundHistory(
    string ProjectId,
    string Title,
    string DivisionCode,
    DateOnly? AsOf,
    DateTimeOffset? KnownOn,
    long KnownThroughVersion,
    long StreamVersion,
    bool CorrectionsShown,
    IReadOnlyList<FundHistoryEntry> Entries,
    FundsView Totals);

/// <summary>
/// One line of a fund history: a transaction (or, on demand, a correction), who recorded it, when and under which
/// correlation id, what it changed and the balances after it.
/// </summary>
/// <param name="Line">Position in the history, from 1.</param>
/// <param name="Kind">Recorded, corrected or voided.</param>
/// <param name="TransactionId">The transaction.</param>
/// <param name="CorrectionId">The correction, on a correction's line.</param>
/// <param name="Type">The IATI-typed kind.</param>
/// <param name="IatiCode">The IATI transaction type code.</param>
/// <param name="On">Business date (a voided transaction's line shows the date it had).</param>
/// <param name="Amount">Amount as the line states it (0 when voided).</param>
/// <param name="Change">What the line changes in the running totals of its type, in yuan (negative for a correction downwards or a void).</param>
/// <param name="Provider">Provider.</param>
/// <param name="Receiver">Receiver.</param>
/// <param name="BudgetLine">Budget line, for commitments and outflows.</param>
/// <param name="Voucher">Voucher reference.</param>
/// <param name="Reason">Why, on a correction's line.</param>
/// <param name="Replaced">What a correction replaced.</param>
/// <param name="Corrections">The ids of the corrections applied to this line's values (corrections applied), oldest first.</param>
/// <param name="Version">The event's version in the project's stream (a corrected transaction: its recording's).</param>
/// <param name="Sequence">The event's position in the whole store.</param>
/// <param name="RecordedAt">When the database recorded the event.</param>
/// <param name="RecordedBy">User id of the caller whose command recorded it.</param>
/// <param name="Role">The caller's role then.</param>
/// <param name="CorrelationId">The request's correlation id.</param>
/// <param name="Balances">Allocated, received, committed, disbursed, spent and the balance after this line.</param>
public sealed record FundHistoryEntry(
    int Line,
    FundHistoryEntryKind Kind,
    string TransactionId,
    string? CorrectionId,
    FundTransactionType Type,
    int IatiCode,
    DateOnly On,
    decimal Amount,
    decimal Change,
    string Provider,
    string Receiver,
    BudgetLine? BudgetLine,
    string Voucher,
    string? Reason,
    FundTransactionValues? Replaced,
    IReadOnlyList<string> Corrections,
    long Version,
    long Sequence,
    DateTimeOffset RecordedAt,
    string? RecordedBy,
    string? Role,
    string? CorrelationId,
    FundsView Balances);

/// <summary>
/// Replays a project's fund events into its history. Pure over the stream's events (in version order) and the
/// question asked: the same events give the same history, whenever it is asked.
/// </summary>
public static class FundHistoryReplay
{
    /// <param name="events">Every event of the project's stream, in version order.</param>
    /// <param name="asOf">Only transactions dated up to this day.</param>
    /// <param name="knownOn">
    /// Only the events recorded up to this instant. The stream's versions order its events; a later version is never
    /// recorded before an earlier one commits, but the recorded timestamp is the transaction's start, so the replay
    /// takes the longest prefix of versions all recorded up to the instant and stops at the first one after it: a
    /// state the ledger actually showed, never one with a hole.
    /// </param>
    /// <param name="showCorrections">Corrections as lines of their own, in the order recorded; else folded into their transactions.</param>
    public static FundHistory Replay(IReadOnlyList<IEvent> events, DateOnly? asOf, DateTimeOffset? knownOn, bool showCorrections)
    {
        var registered = events.Count > 0 ? events[0].Data as ProjectRegistered : null;
        if (registered is null)
        {
            throw new InvalidOperationException("A fund history starts with the project's registration.");
        }

        var known = knownOn is { } cutoff ? events.TakeWhile(e => e.Timestamp <= cutoff).ToList() : events;
        var lines = showCorrections ? Shown(known, asOf) : Applied(known, asOf);
        var entries = new List<FundHistoryEntry>();
        var totals = FundTotals.Zero;
        foreach (var line in lines)
        {
            totals = totals.Add(line.Type, line.Change);
            entries.Add(line with { Line = entries.Count + 1, Balances = FundsView.Of(totals) });
        }

        return new FundHistory(registered.ProjectId, registered.Title, registered.DivisionCode, asOf, knownOn,
            known.Count == 0 ? 0 : known[^1].Version, events[^1].Version, showCorrections, entries, FundsView.Of(totals));
    }

    /// <summary>Each transaction as it stands after the known corrections, by business date, then in the order recorded.</summary>
    private static IEnumerable<FundHistoryEntry> Applied(IEnumerable<IEvent> events, DateOnly? asOf)
    {
        var transactions = new Dictionary<string, (IEvent Recorded, FundTransactionType Type, FundTransactionValues? Current, List<string> Corrections)>();
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case FundTransactionRecorded recorded:
                    transactions[recorded.TransactionId] = (e, recorded.Type, recorded.Values, []);
                    break;
                case FundTransactionCorrected corrected when transactions.TryGetValue(corrected.TransactionId, out var transaction):
                    transaction.Corrections.Add(corrected.CorrectionId);
                    transactions[corrected.TransactionId] = transaction with { Current = corrected.Corrected };
                    break;
            }
        }

        return transactions.Values
            .Where(t => t.Current is { } current && (asOf is null || current.On <= asOf))
            .OrderBy(t => t.Current!.On).ThenBy(t => t.Recorded.Version)
            .Select(t => Entry(t.Recorded, FundHistoryEntryKind.Recorded, ((FundTransactionRecorded)t.Recorded.Data).TransactionId, null,
                t.Type, t.Current!, t.Current!.Amount, t.Current.Amount, null, null, t.Corrections));
    }

    /// <summary>
    /// Every recording and correction in the order recorded. Against a business date, a correction changes only what
    /// lies up to it: minus what it replaced if that was dated up to it, plus what it says now if that is.
    /// </summary>
    private static IEnumerable<FundHistoryEntry> Shown(IEnumerable<IEvent> events, DateOnly? asOf)
    {
        bool Within(DateOnly on) => asOf is null || on <= asOf;
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case FundTransactionRecorded recorded when Within(recorded.On):
                    yield return Entry(e, FundHistoryEntryKind.Recorded, recorded.TransactionId, null, recorded.Type, recorded.Values,
                        recorded.Amount, recorded.Amount, null, null, []);
                    break;
                case FundTransactionCorrected corrected when Within(corrected.Replaced.On) || (corrected.Corrected is { } now && Within(now.On)):
                    var change = (corrected.Corrected is { } after && Within(after.On) ? after.Amount : 0m)
                                 - (Within(corrected.Replaced.On) ? corrected.Replaced.Amount : 0m);
                    yield return Entry(e, corrected.Voids ? FundHistoryEntryKind.Voided : FundHistoryEntryKind.Corrected, corrected.TransactionId,
                        corrected.CorrectionId, corrected.Type, corrected.Corrected ?? corrected.Replaced, corrected.Corrected?.Amount ?? 0.00m,
                        change, corrected.Reason, corrected.Replaced, []);
                    break;
            }
        }
    }

    private static FundHistoryEntry Entry(IEvent e, FundHistoryEntryKind kind, string transactionId, string? correctionId, FundTransactionType type,
        FundTransactionValues values, decimal amount, decimal change, string? reason, FundTransactionValues? replaced, IReadOnlyList<string> corrections)
    {
        var recorded = RecordedEvent.Of(e);
        return new FundHistoryEntry(0, kind, transactionId, correctionId, type, type.IatiCode(), values.On, amount, change, values.Provider,
            values.Receiver, values.BudgetLine, values.Voucher, reason, replaced, corrections, recorded.Version, recorded.Sequence,
            recorded.RecordedAt, recorded.RecordedBy, recorded.Role, recorded.CorrelationId, FundsView.Of(FundTotals.Zero));
    }
}
