using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Projections.Envoys;
using Marten;
using Npgsql;

namespace Fupin.EventSourced.Projections.Figures;

/// <summary>Which figures: a division prefix and a year, optionally as of a business date and as known through a sequence.</summary>
/// <param name="DivisionPrefix">A code prefix (<c>37</c>, <c>3703</c>, <c>370302</c>, a township's 9 or a village's 12 digits); empty for everything.</param>
/// <param name="Year">The year the business dates fall in.</param>
/// <param name="AsOf">Only counts whose business date is on or before this day.</param>
/// <param name="KnownThrough">Only counts made by events with this sequence number or lower; null: all the ledger holds.</param>
public sealed record FigureQuery(string DivisionPrefix, int Year, DateOnly? AsOf = null, long? KnownThrough = null);

/// <summary>Every additive figure of one year, and the event sequence they are complete through.</summary>
/// <param name="KnownThrough">The sequence asked for, or the ledger's progress when the figures were read.</param>
/// <param name="Figures">Every figure, zero where nothing counted.</param>
public sealed record LedgerTotals(long KnownThrough, IReadOnlyDictionary<Figure, decimal> Figures);

/// <summary>Every additive figure of several years, read together, and the event sequence they are complete through.</summary>
/// <param name="KnownThrough">The sequence asked for, or the ledger's progress when the figures were read.</param>
/// <param name="Years">Per year asked for, every figure.</param>
public sealed record LedgerYears(long KnownThrough, IReadOnlyDictionary<int, IReadOnlyDictionary<Figure, decimal>> Years);

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
    /// Every additive figure summed for a division prefix and year, zero where nothing counted, with the sequence it
    /// is complete through (see <see cref="TotalsByYearAsync"/>).
    /// </summary>
    public static async Task<LedgerTotals> TotalsAsync(IQuerySession session, FigureQuery query, CancellationToken cancellation)
    {
        var read = await TotalsByYearAsync(session, query.DivisionPrefix, [query.Year], query.AsOf, query.KnownThrough, cancellation);
        return new LedgerTotals(read.KnownThrough, read.Years[query.Year]);
    }

    /// <summary>
    /// Every additive figure of each of <paramref name="years"/> for a division prefix, in one statement, so every
    /// year and the sequence they are complete through come from one snapshot. Without <paramref name="knownThrough"/>
    /// that sequence is the ledger's progress, read with the figures: current figures of a province, city or county
    /// then read the per-county totals (a few hundred rows, however many events), which the projection writes in the
    /// same transaction as its progress. A township or village, a business date or a past sequence reads the entries.
    /// </summary>
    public static async Task<LedgerYears> TotalsByYearAsync(
        IQuerySession session, string divisionPrefix, IReadOnlyList<int> years, DateOnly? asOf, long? knownThrough, CancellationToken cancellation)
    {
        var tables = TablesOf(session);
        var range = DivisionCodeRange.Of(divisionPrefix);
        var fromTotals = asOf is null && knownThrough is null && divisionPrefix.Length <= 6;
        var sums = fromTotals
            ? $"select year, figure, sum(amount) as amount from {tables.Totals} where year = any(@years) and county_code >= @lo and county_code < @hi group by year, figure"
            : $"""
               select year, figure, sum(amount) as amount from {tables.Entries}
               where year = any(@years) and division_code >= @lo and division_code < @hi
                 and (@asOf::date is null or business_date <= @asOf) and (@through::bigint is null or seq <= @through)
               group by year, figure
               """;
        var sql = $"""
            select p.through, s.year, s.figure, s.amount
            from (select coalesce(@through::bigint, {Progress(ProgressionTable(session.DocumentStore))}) as through) p
            left join ({sums}) s on true
            """;

        await using var connection = await OpenAsync(session, cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("years", years.ToArray());
        command.Parameters.AddWithValue("lo", range.From);
        command.Parameters.AddWithValue("hi", range.Before);
        command.Parameters.AddWithValue("shards", ShardNames);
        command.Parameters.Add(new NpgsqlParameter<DateOnly?>("asOf", asOf) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date });
        command.Parameters.Add(new NpgsqlParameter<long?>("through", knownThrough) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        var totals = years.Distinct().ToDictionary(year => year, _ => Enum.GetValues<Figure>().ToDictionary(figure => figure, _ => 0m));
        var through = 0L;
        await command.PrepareAsync(cancellation);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            through = reader.GetInt64(0);
            if (!reader.IsDBNull(1) && Enum.TryParse<Figure>(reader.GetString(2), out var figure))
            {
                // Yuan keep their two places; a count reads 40, not the column's 40.00.
                var total = reader.GetDecimal(3);
                totals[reader.GetInt32(1)][figure] = figure.IsMoney() ? total : total / 1.000000000000000000000000000000000m;
            }
        }

        return new LedgerYears(through, totals.ToDictionary(y => y.Key, y => (IReadOnlyDictionary<Figure, decimal>)y.Value));
    }

    /// <summary>The entries that make up one figure of a division and year, in sequence order, after <paramref name="after"/>.</summary>
    public static async Task<IReadOnlyList<FigureEntry>> ExplainAsync(
        IQuerySession session, Figure figure, FigureQuery query, long? after, int limit, CancellationToken cancellation)
    {
        var tables = TablesOf(session);
        var range = DivisionCodeRange.Of(query.DivisionPrefix);
        // The page's keys come from the covering index alone; only the page's own rows are read from the table, each
        // from its own part's partition. Prepared: planning over the partitions costs more than running the statement.
        var sql = $"""
            select seq, event_id, stream_id, event_type, division_code, business_date, amount, recorded_at from {tables.Entries}
            where (seq, ordinal, part) in (
              select seq, ordinal, part from {tables.Entries}
              where year = @year and division_code >= @lo and division_code < @hi and figure = @figure and seq > @after
                and (@asOf::date is null or business_date <= @asOf) and (@through::bigint is null or seq <= @through)
              order by seq, ordinal limit @limit)
            order by seq, ordinal
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
        await command.PrepareAsync(cancellation);
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
            ? $"select {Progress(ProgressionTable(session.DocumentStore))}"
            : $"select coalesce((select max(seq) from {tables.Marks} where recorded_at <= @at), 0)";
        await using var connection = await OpenAsync(session, cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("shards", ShardNames);
        command.Parameters.AddWithValue("at", at ?? DateTimeOffset.MinValue);
        await command.PrepareAsync(cancellation);
        return (long)(await command.ExecuteScalarAsync(cancellation))!;
    }

    /// <summary>
    /// The sequence a question "as known on <paramref name="at"/>" reads through (see <see cref="KnownThroughAsync"/>);
    /// null without an instant, meaning all the ledger holds, read with the figures themselves.
    /// </summary>
    public static async Task<long?> KnownThroughOrLiveAsync(IQuerySession session, DateTimeOffset? at, CancellationToken cancellation) =>
        at is { } instant ? await KnownThroughAsync(session, instant, cancellation) : null;

    /// <summary>Records where the ledger stands now as a mark, unless it has not moved since the last one.</summary>
    public static async Task<long> RecordMarkAsync(IDocumentStore store, CancellationToken cancellation)
    {
        var tables = new FigureTables(store.Options.DatabaseSchemaName);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"""
            insert into {tables.Marks} (recorded_at, seq)
            select clock_timestamp(), p.seq from (select {Progress(ProgressionTable(store))} as seq) p
            where p.seq > coalesce((select max(seq) from {tables.Marks}), 0)
            returning seq
            """, connection);
        command.Parameters.AddWithValue("shards", ShardNames);
        return await command.ExecuteScalarAsync(cancellation) is long seq ? seq : 0;
    }

    /// <summary>The daemon's names for the ledger's parts' shards.</summary>
    public static string[] ShardNames { get; } = [.. FigureLedgerPart.All.Select(part => part.ShardName)];

    /// <summary>
    /// How far the whole ledger is complete: the least progress of its parts (a part that has not started counts 0),
    /// as SQL over the daemon's progression table, with the shard names as the parameter <c>@shards</c>.
    /// </summary>
    private static string Progress(string progression) =>
        $"(select min(coalesce(p.last_seq_id, 0)) from unnest(@shards::text[]) s(name) left join {progression} p on p.name = s.name)";

    private static string ProgressionTable(IDocumentStore store) => $"{store.Options.DatabaseSchemaName}.mt_event_progression";

    private static FigureTables TablesOf(IQuerySession session) => new(session.DocumentStore.Options.DatabaseSchemaName);

    private static async Task<NpgsqlConnection> OpenAsync(IQuerySession session, CancellationToken cancellation)
    {
        var connection = session.DocumentStore.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        return connection;
    }
}
