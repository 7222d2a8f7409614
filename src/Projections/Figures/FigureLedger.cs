using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Projections.Envoys;
using Marten;
using Npgsql;

namespace Fupin.EventSourced.Projections.Figures;

/// <summary>Which figures: a division prefix and a year, optionally as of a business date and as known through a sequence.</summary>
/// <param name="DivisionPrefix">A code prefix (<c>37</c>, <c>3703</c>, <c>370302</c>, a township's 9 or a village's 12 digits); empty for everything.</param>
/// <param name="Year">The year the business dates fall in.</param>
/// <param name="AsOf">Only counts whose business date is on or before this day.</param>
/// <param name="KnownThrough">Only counts made by events with this sequence number or lower.</param>
public sealed record FigureQuery(string DivisionPrefix, int Year, DateOnly? AsOf = null, long? KnownThrough = null);

/// <summary>One count in the ledger: which event made it, for which division and business date, and how much.</summary>
/// <param name="Sequence">The event's sequence number in the store.</param>
/// <param name="EventId">The event's id.</param>
/// <param name="StreamId">The stream the event belongs to.</param>
/// <param name="EventType">The event's type name, e.g. <c>training_recorded</c>.</param>
/// <param name="DivisionCode">The division it counts for.</param>
/// <param name="On">The business date.</param>
/// <param name="Amount">What it adds (negative for a correction that takes away).</param>
/// <param name="RecordedAt">When the event was recorded.</param>
public sealed record FigureEntry(long Sequence, Guid EventId, string StreamId, string EventType, string DivisionCode, DateOnly On, decimal Amount, DateTimeOffset RecordedAt);

/// <summary>Reads the figure ledger. Every read is a range over indexed codes, never a scan of events.</summary>
public static class FigureLedger
{
    /// <summary>
    /// Every additive figure summed for a division prefix and year, zero where nothing counted. Current figures of a
    /// province, city or county read the per-county totals; a township or village, or a date view, reads the entries.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Figure, decimal>> TotalsAsync(IQuerySession session, FigureQuery query, CancellationToken cancellation)
    {
        var tables = TablesOf(session);
        var range = DivisionCodeRange.Of(query.DivisionPrefix);
        var fromTotals = query is { AsOf: null, KnownThrough: null } && query.DivisionPrefix.Length <= 6;
        var sql = fromTotals
            ? $"select figure, sum(amount) from {tables.Totals} where year = @year and county_code >= @lo and county_code < @hi group by figure"
            : $"""
               select figure, sum(amount) from {tables.Entries}
               where year = @year and division_code >= @lo and division_code < @hi
                 and (@asOf::date is null or business_date <= @asOf) and (@through::bigint is null or seq <= @through)
               group by figure
               """;

        await using var connection = await OpenAsync(session, cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("year", query.Year);
        command.Parameters.AddWithValue("lo", range.From);
        command.Parameters.AddWithValue("hi", range.Before);
        command.Parameters.Add(new NpgsqlParameter<DateOnly?>("asOf", query.AsOf) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date });
        command.Parameters.Add(new NpgsqlParameter<long?>("through", query.KnownThrough) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        var totals = Enum.GetValues<Figure>().ToDictionary(figure => figure, _ => 0m);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            if (Enum.TryParse<Figure>(reader.GetString(0), out var figure))
            {
                // Yuan keep their two places; a count reads 40, not the column's 40.00.
                var total = reader.GetDecimal(1);
                totals[figure] = figure.IsMoney() ? total : total / 1.000000000000000000000000000000000m;
            }
        }

        return totals;
    }

    /// <summary>The entries that make up one figure of a division and year, in sequence order, after <paramref name="after"/>.</summary>
    public static async Task<IReadOnlyList<FigureEntry>> ExplainAsync(
        IQuerySession session, Figure figure, FigureQuery query, long? after, int limit, CancellationToken cancellation)
    {
        var tables = TablesOf(session);
        var range = DivisionCodeRange.Of(query.DivisionPrefix);
        var sql = $"""
            select seq, event_id, stream_id, event_type, division_code, business_date, amount, recorded_at from {tables.Entries}
            where figure = @figure and year = @year and seq > @after and division_code >= @lo and division_code < @hi
              and (@asOf::date is null or business_date <= @asOf) and (@through::bigint is null or seq <= @through)
            order by seq, ordinal limit @limit
            """;
        await using var connection = await OpenAsync(session, cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("figure", figure.ToString());
        command.Parameters.AddWithValue("year", query.Year);
        command.Parameters.AddWithValue("after", after ?? 0L);
        command.Parameters.AddWithValue("lo", range.From);
        command.Parameters.AddWithValue("hi", range.Before);
        command.Parameters.Add(new NpgsqlParameter<DateOnly?>("asOf", query.AsOf) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date });
        command.Parameters.Add(new NpgsqlParameter<long?>("through", query.KnownThrough) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        command.Parameters.AddWithValue("limit", limit);
        var entries = new List<FigureEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            entries.Add(new FigureEntry(reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetFieldValue<DateOnly>(5), reader.GetDecimal(6), reader.GetFieldValue<DateTimeOffset>(7)));
        }

        return entries;
    }

    /// <summary>
    /// The event sequence the ledger is complete through: now (<paramref name="at"/> null, the projection's progress)
    /// or at a past instant (the last mark recorded by then; 0 before the first).
    /// </summary>
    public static async Task<long> KnownThroughAsync(IQuerySession session, DateTimeOffset? at, CancellationToken cancellation)
    {
        var tables = TablesOf(session);
        var sql = at is null
            ? $"select coalesce((select last_seq_id from {session.DocumentStore.Options.DatabaseSchemaName}.mt_event_progression where name = @shard), 0)"
            : $"select coalesce((select max(seq) from {tables.Marks} where recorded_at <= @at), 0)";
        await using var connection = await OpenAsync(session, cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("shard", ShardName);
        command.Parameters.AddWithValue("at", at ?? DateTimeOffset.MinValue);
        return (long)(await command.ExecuteScalarAsync(cancellation))!;
    }

    /// <summary>Records where the ledger stands now as a mark, unless it has not moved since the last one.</summary>
    public static async Task<long> RecordMarkAsync(IDocumentStore store, CancellationToken cancellation)
    {
        var tables = new FigureTables(store.Options.DatabaseSchemaName);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"""
            insert into {tables.Marks} (recorded_at, seq)
            select clock_timestamp(), p.last_seq_id from {store.Options.DatabaseSchemaName}.mt_event_progression p
            where p.name = @shard and p.last_seq_id > coalesce((select max(seq) from {tables.Marks}), 0)
            returning seq
            """, connection);
        command.Parameters.AddWithValue("shard", ShardName);
        return await command.ExecuteScalarAsync(cancellation) is long seq ? seq : 0;
    }

    /// <summary>The daemon's name for the ledger's one shard.</summary>
    public const string ShardName = FigureLedgerProjection.Name + ":All";

    private static FigureTables TablesOf(IQuerySession session) => new(session.DocumentStore.Options.DatabaseSchemaName);

    private static async Task<NpgsqlConnection> OpenAsync(IQuerySession session, CancellationToken cancellation)
    {
        var connection = session.DocumentStore.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        return connection;
    }
}
