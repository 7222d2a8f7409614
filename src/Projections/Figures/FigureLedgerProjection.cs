using Fupin.EventSourced.Domain.Figures;
using JasperFx.Events;
using Marten;

namespace Fupin.EventSourced.Projections.Figures;

/// <summary>
/// Records every count an <see cref="ICountedEvent"/> makes, with the event's sequence number, and keeps the
/// per-county-year totals in step — asynchronously, so the command path pays nothing for it. A page of events is
/// written with two statements whatever its size (arrays unnested by PostgreSQL); the totals are added from the
/// rows actually inserted, so a page applied twice counts once.
/// </summary>
public sealed class FigureLedgerProjection(FigureTables tables) : Marten.Events.Projections.IProjection
{
    public const string Name = "FigureLedger";

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
                  insert into {tables.Entries} (seq, ordinal, event_id, stream_id, event_type, figure, division_code, business_date, year, amount, recorded_at)
                  select * from unnest(?::bigint[], ?::int[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::int[], ?::numeric[], ?::timestamptz[])
                  on conflict do nothing
                  returning figure, year, left(division_code, 6) as county_code, amount)
                insert into {tables.Totals} (figure, year, county_code, amount)
                select figure, year, county_code, sum(amount) from inserted group by figure, year, county_code
                on conflict (figure, year, county_code) do update set amount = {tables.Totals}.amount + excluded.amount
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
