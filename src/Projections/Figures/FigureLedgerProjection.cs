using Fupin.EventSourced.Domain.Figures;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;

namespace Fupin.EventSourced.Projections.Figures;

/// <summary>
/// Records every count an <see cref="ICountedEvent"/> makes, with the event's sequence number, and keeps the
/// per-county-year totals in step — asynchronously, so the command path pays nothing for it. A page of events is
/// written with two statements whatever its size (arrays unnested by PostgreSQL); the totals are added from the
/// rows actually inserted, so a page applied twice counts once.
/// </summary>
public sealed class FigureLedgerProjection : ProjectionBase, Marten.Events.Projections.IProjection
{
    /// <summary>The ledger's projections are named after it and their part: <c>FigureLedger.asked</c>….</summary>
    public const string NamePrefix = "FigureLedger";

    private readonly FigureTables _tables;
    private readonly FigureLedgerPart _part;

    public FigureLedgerProjection(FigureTables tables, FigureLedgerPart part)
    {
        (_tables, _part) = (tables, part);
        base.Name = part.ProjectionName;
        foreach (var type in part.EventTypes)
        {
            IncludeType(type);
        }

        // Its own partitions only: the other parts are rebuilt, or not, on their own.
        Options.DeleteDataInTableOnTeardown(FigureTables.PartitionOf(tables.Entries, part));
        Options.DeleteDataInTableOnTeardown(FigureTables.PartitionOf(tables.Totals, part));

        // Two statements per page whatever its size: larger pages, fewer round trips and commits in a rebuild.
        // Catching up under live load, pages stay as small as what arrived since the last one.
        Options.BatchSize = PageSize;
    }

    /// <summary>Events per page the daemon hands the ledger (Marten's default is 500).</summary>
    public const int PageSize = 50_000;

    public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var rows = new Rows();
        foreach (var e in events)
        {
            if (e.Data is not ICountedEvent counted)
            {
                continue;
            }

            var ordinal = 0;
            foreach (var count in counted.Counts())
            {
                rows.Add(e, ordinal++, count);
            }
        }

        if (rows.Count > 0)
        {
            operations.QueueSqlCommand($"""
                with inserted as (
                  insert into {_tables.Entries} (seq, ordinal, event_id, stream_id, event_type, figure, division_code, business_date, year, amount, recorded_at, part)
                  select *, '{_part.Key}' from unnest(?::bigint[], ?::int[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::int[], ?::numeric[], ?::timestamptz[])
                  on conflict do nothing
                  returning figure, year, left(division_code, 6) as county_code, amount)
                insert into {_tables.Totals} (figure, year, county_code, part, amount)
                select figure, year, county_code, '{_part.Key}', sum(amount) from inserted group by figure, year, county_code
                on conflict (figure, year, county_code, part) do update set amount = {_tables.Totals}.amount + excluded.amount
                """,
                rows.Seq.ToArray(), rows.Ordinal.ToArray(), rows.EventId.ToArray(), rows.StreamId.ToArray(), rows.EventType.ToArray(),
                rows.Figure.ToArray(), rows.Division.ToArray(), rows.On.ToArray(), rows.Year.ToArray(), rows.Amount.ToArray(),
                rows.RecordedAt.ToArray());
        }

        return Task.CompletedTask;
    }

    private sealed class Rows
    {
        public List<long> Seq { get; } = [];
        public List<int> Ordinal { get; } = [];
        public List<Guid> EventId { get; } = [];
        public List<string> StreamId { get; } = [];
        public List<string> EventType { get; } = [];
        public List<string> Figure { get; } = [];
        public List<string> Division { get; } = [];
        public List<DateOnly> On { get; } = [];
        public List<int> Year { get; } = [];
        public List<decimal> Amount { get; } = [];
        public List<DateTimeOffset> RecordedAt { get; } = [];

        public int Count => Seq.Count;

        public void Add(IEvent e, int ordinal, FigureCount count)
        {
            Seq.Add(e.Sequence);
            Ordinal.Add(ordinal);
            EventId.Add(e.Id);
            StreamId.Add(e.StreamKey ?? e.StreamId.ToString());
            EventType.Add(e.EventTypeName);
            Figure.Add(count.Figure.ToString());
            Division.Add(count.DivisionCode);
            On.Add(count.On);
            Year.Add(count.On.Year);
            Amount.Add(count.Amount);
            RecordedAt.Add(e.Timestamp);
        }
    }
}
