using System.Collections.Concurrent;
using Fupin.EventSourced.Api.EventStore;
using Marten;

namespace Fupin.EventSourced.Api.Security;

/// <summary>
/// The division a stream belongs to, for scope checks of route parameters that name a stream. A stream's division
/// never changes once it has started, so answers are cached; an unknown stream is not cached (it may start later).
/// </summary>
public sealed class StreamDivisions(IDocumentStore store)
{
    private const int MaxCached = 200_000;
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    /// <summary>The stream's division, or null when no such stream exists.</summary>
    public async Task<string?> FindAsync(StreamKind kind, string streamId, CancellationToken cancellation)
    {
        if (_cache.TryGetValue(streamId, out var cached))
        {
            return cached;
        }

        await using var session = store.QuerySession();
        var state = await kind.LoadOneAsync(session, streamId, cancellation);
        if (state is null)
        {
            return null;
        }

        if (_cache.Count >= MaxCached)
        {
            _cache.Clear();
        }

        _cache[streamId] = state.DivisionCode;
        return state.DivisionCode;
    }
}
