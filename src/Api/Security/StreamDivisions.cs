using System.Collections.Concurrent;
using System.Reflection;
using Fupin.EventSourced.Domain;
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
    public async Task<string?> FindAsync(Type stateType, string streamId, CancellationToken cancellation)
    {
        if (_cache.TryGetValue(streamId, out var cached))
        {
            return cached;
        }

        await using var session = store.QuerySession();
        var state = await Loader(stateType)(session, streamId, cancellation);
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

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Func<IQuerySession, string, CancellationToken, Task<IStreamState?>>> Loaders = new();

    private static Func<IQuerySession, string, CancellationToken, Task<IStreamState?>> Loader(Type stateType) =>
        Loaders.GetOrAdd(stateType, type =>
            typeof(StreamDivisions).GetMethod(nameof(LoadAsync), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(type).CreateDelegate<Func<IQuerySession, string, CancellationToken, Task<IStreamState?>>>());

    private static async Task<IStreamState?> LoadAsync<TState>(IQuerySession session, string id, CancellationToken cancellation)
        where TState : class, IStreamState =>
        await session.LoadAsync<TState>(id, cancellation);
}
