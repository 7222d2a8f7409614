using Weasel.Postgresql.Tables;

namespace Fupin.EventSourced.Projections.Figures;

/// <summary>
/// The figure ledger's tables, in the event store's schema and managed with it:
/// <list type="bullet">
/// <item><c>figure_entries</c>: one row per count an event made (the event's sequence number, id, stream, type,
/// figure, division, business date, amount): what every figure is made of, and what explains it.</item>
/// <item><c>figure_totals</c>: the same summed per figure, county (first six digits of the division) and year, so a
/// province's current figures are a few hundred rows, not every event.</item>
/// <item><c>figure_marks</c>: the sequence the ledger was complete through at moments in time, so a report can be
/// asked "as known on" an instant (sequence numbers are taken before commit, so only the projection's progress —
/// which never passes the store's high-water mark — says which events are all in).</item>
/// </list>
/// The ledger is written by several projections side by side, one per <see cref="FigureLedgerPart"/> (a set of event
/// types); entries and totals are partitioned by part, so a part's rebuild empties only its own partitions. The
/// projections rebuild the first two; marks are facts about the past and stay.
/// </summary>
public sealed class FigureTables(string schema)
{
    public string Entries { get; } = $"{schema}.figure_entries";
    public string Totals { get; } = $"{schema}.figure_totals";
    public string Marks { get; } = $"{schema}.figure_marks";

    public IEnumerable<Table> Definitions()
    {
        var entries = new Table(Entries);
        entries.AddColumn<long>("seq").AsPrimaryKey();
        entries.AddColumn<int>("ordinal").AsPrimaryKey();
        entries.AddColumn<string>("part").AsPrimaryKey();
        entries.AddColumn<Guid>("event_id").NotNull();
        entries.AddColumn<string>("stream_id").NotNull();
        entries.AddColumn<string>("event_type").NotNull();
        entries.AddColumn<string>("figure").NotNull();
        entries.AddColumn<string>("division_code").NotNull();
        entries.AddColumn("business_date", "date").NotNull();
        entries.AddColumn<int>("year").NotNull();
        entries.AddColumn("amount", "numeric(18,2)").NotNull();
        entries.AddColumn("recorded_at", "timestamptz").NotNull();
        // One covering index answers every read of the entries without touching the table: sums for a division and
        // year (as of a business date, as known through a sequence) and the sequences that explain a figure. One
        // index, not one per read, because the ledger writes every count into each of them (a rebuild of a million
        // events writes two million rows).
        entries.Indexes.Add(new IndexDefinition("ix_figure_entries_year_division_figure_seq")
        {
            Columns = ["year", "division_code", "figure", "seq"],
            IncludeColumns = ["ordinal", "amount", "business_date", "part"],
        });
        Partition(entries);
        yield return entries;

        var totals = new Table(Totals);
        totals.AddColumn<string>("figure").AsPrimaryKey();
        totals.AddColumn<int>("year").AsPrimaryKey();
        totals.AddColumn<string>("county_code").AsPrimaryKey();
        totals.AddColumn<string>("part").AsPrimaryKey();
        totals.AddColumn("amount", "numeric(18,2)").NotNull();
        totals.Indexes.Add(new IndexDefinition("ix_figure_totals_year_county") { Columns = ["year", "county_code"] });
        Partition(totals);
        yield return totals;

        var marks = new Table(Marks);
        marks.AddColumn("recorded_at", "timestamptz").AsPrimaryKey();
        marks.AddColumn<long>("seq").NotNull();
        yield return marks;
    }

    /// <summary>A part's own table of entries or totals (a partition), which its rebuild empties.</summary>
    public static string PartitionOf(string table, FigureLedgerPart part) => $"{table}_{part.Key}";

    private static void Partition(Table table)
    {
        var partitions = table.PartitionByList("part");
        partitions.DisableDefaultPartition();
        foreach (var part in FigureLedgerPart.All)
        {
            partitions.AddPartition(part.Key, part.Key);
        }
    }
}
