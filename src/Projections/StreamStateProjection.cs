using Fupin.EventSourced.Domain;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Fupin.EventSourced.Projections;

/// <summary>
/// Keeps a stream's state document in step with the stream, in the same transaction as the append (inline).
/// Commands decide on this snapshot; the evolution itself is the state type's own <c>Evolve</c>, written once.
/// </summary>
public sealed class StreamStateProjection<TState> : SingleStreamProjection<TState, string>
    where TState : class, IStreamState<TState>
{
    public StreamStateProjection()
    {
        // Concrete event types only: an interface among them (a stream's own marker, e.g. every fund event) makes the
        // daemon give up filtering by type, and a rebuild would then hand this projection every event in the store.
        foreach (var type in StreamStateEvents.Of(typeof(TState)))
        {
            IncludeType(type);
        }

        // A rebuild keeps each state in memory until this many states are pending and then writes each once, rather
        // than once per page of events it appears in: a village or consultation whose events lie far apart in the log
        // is otherwise loaded and upserted again for every page.
        Options.RebuildFlushThreshold = RebuildFlushThreshold;

        // An inline projection runs in the daemon only when rebuilt: larger pages mean fewer round trips then.
        Options.BatchSize = RebuildPageSize;
    }

    /// <summary>Events per page when the daemon rebuilds an inline projection (Marten's default is 500).</summary>
    public const int RebuildPageSize = 5_000;

    /// <summary>States held in memory during a rebuild before they are written (Marten's <c>RebuildFlushThreshold</c>).</summary>
    public const int RebuildFlushThreshold = 20_000;

    public override TState Evolve(TState? snapshot, string id, IEvent e) => TState.Evolve(snapshot, e.Data);
}
