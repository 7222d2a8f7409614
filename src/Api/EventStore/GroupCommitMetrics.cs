using System.Diagnostics.Metrics;

namespace Fupin.EventSourced.Api.EventStore;

/// <summary>
/// Meter <c>Fupin.EventSourced.EventStore</c>: how many commands each transaction carried and how often a
/// conflict made the writer redo commands one by one. Read them with dotnet-counters or OpenTelemetry.
/// </summary>
public sealed class GroupCommitMetrics : IDisposable
{
    public const string MeterName = "Fupin.EventSourced.EventStore";

    private readonly Meter _meter;

    public GroupCommitMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        BatchSize = _meter.CreateHistogram<int>("fupin.group_commit.batch_size", "{command}",
            "Commands committed together in one transaction.");
        Conflicts = _meter.CreateCounter<long>("fupin.group_commit.conflicts", "{batch}",
            "Transactions rolled back because another writer changed one of their streams first.");
    }

    public Histogram<int> BatchSize { get; }
    public Counter<long> Conflicts { get; }

    public void Dispose() => _meter.Dispose();
}
