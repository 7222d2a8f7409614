using Fupin.EventSourced.Domain.Figures;
using Marten;
using Npgsql;

namespace Fupin.EventSourced.Projections.Figures;

// STUB of the lead's figure ledger contract (issue 18 brief), so the plans branch builds and its tests run before
// the ledger lands on main. It reads the counted events straight from mt_events (no projection): fine for tests,
// not for scale. Delete this file when merging main's FigureLedger.

/// <summary>A question to the figure ledger: a division prefix ('' or 2/4/6/9/12 digits) and a year, optionally as of a business date and as known through an event sequence.</summary>
public sealed record FigureQuery(string DivisionPrefix, int Year, DateOnly? AsOf = null, long? KnownThrough = null);

/// <summary>One ledger entry: what one event counted.</summary>
public sealed record FigureEntry(
    long Sequence, Guid EventId, string StreamId, string EventType, string DivisionCode, DateOnly On, decimal Amount, DateTimeOffset RecordedAt);

public static class FigureLedger
{
    public static async Task<IReadOnlyDictionary<Figure, decimal>> TotalsAsync(IQuerySession session, FigureQuery query, CancellationToken ct)
    {
        var totals = new Dictionary<Figure, decimal>();
        foreach (var (figure, entry) in await EntriesAsync(session, query, null, ct))
        {
            totals[figure] = totals.GetValueOrDefault(figure) + entry.Amount;
        }

        return totals;
    }

    public static async Task<IReadOnlyList<FigureEntry>> ExplainAsync(
        IQuerySession session, Figure figure, FigureQuery query, long? after, int limit, CancellationToken ct) =>
        [.. (await EntriesAsync(session, query, after, ct)).Where(x => x.Figure == figure).Select(x => x.Entry).Take(limit)];

    public static async Task<long> KnownThroughAsync(IQuerySession session, DateTimeOffset? at, CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        await using var connection = session.DocumentStore.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"select coalesce(max(seq_id), 0) from {schema}.mt_events where @at is null or timestamp <= @at", connection);
        command.Parameters.Add(new NpgsqlParameter("at", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)at ?? DBNull.Value });
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task<List<(Figure Figure, FigureEntry Entry)>> EntriesAsync(
        IQuerySession session, FigureQuery query, long? after, CancellationToken ct)
    {
        var (from, through) = (after ?? 0, query.KnownThrough ?? long.MaxValue);
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.Sequence > from && e.Sequence <= through)
            .OrderBy(e => e.Sequence)
            .ToListAsync(ct);
        var entries = new List<(Figure, FigureEntry)>();
        foreach (var e in events)
        {
            if (e.Data is not ICountedEvent counted)
            {
                continue;
            }

            foreach (var count in counted.Counts())
            {
                if (count.On.Year == query.Year && count.DivisionCode.StartsWith(query.DivisionPrefix, StringComparison.Ordinal)
                    && (query.AsOf is not { } asOf || count.On <= asOf))
                {
                    entries.Add((count.Figure, new FigureEntry(e.Sequence, e.Id, e.StreamKey ?? e.StreamId.ToString(), e.EventTypeName,
                        count.DivisionCode, count.On, count.Amount, e.Timestamp)));
                }
            }
        }

        return entries;
    }
}
