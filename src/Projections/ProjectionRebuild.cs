using System.Diagnostics;
using System.Reflection;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;

namespace Fupin.EventSourced.Projections;

/// <summary>
/// Rebuilds every projection from the events, all at once: each stream type's inline state in bulk
/// (<see cref="StreamStateRebuild"/>), every other projection through Marten's daemon. Run it with the daemon
/// stopped everywhere and no commands arriving, as any rebuild.
/// </summary>
public static class ProjectionRebuild
{
    private static readonly MethodInfo RebuildState = typeof(StreamStateRebuild).GetMethod(nameof(StreamStateRebuild.RebuildAsync))!;

    /// <summary>Rebuilds the named projections (every one when <paramref name="only"/> is null) concurrently.</summary>
    /// <returns>How long each took, by projection name.</returns>
    public static async Task<IReadOnlyDictionary<string, TimeSpan>> RebuildAsync(
        IDocumentStore store, IProjectionDaemon daemon, IReadOnlySet<string>? only, TimeSpan shardTimeout, CancellationToken cancellation)
    {
        var each = new Dictionary<string, TimeSpan>();
        var rebuilds = SourcesOf(store)
            .Where(source => only?.Contains(source.Name) ?? true)
            .Select(async source =>
            {
                var clock = Stopwatch.StartNew();
                if (StateOf(source.GetType()) is { } state)
                {
                    await (Task)RebuildState.MakeGenericMethod(state).Invoke(null, [store, cancellation])!;
                }
                else
                {
                    await daemon.RebuildProjectionAsync(source.Name, shardTimeout, cancellation);
                }

                lock (each)
                {
                    each[source.Name] = clock.Elapsed;
                }
            });
        await Task.WhenAll(rebuilds);
        return each;
    }

    /// <summary>Every projection's name, as <c>--only</c> takes them.</summary>
    public static IEnumerable<string> NamesOf(IDocumentStore store) => SourcesOf(store).Select(source => source.Name);

    /// <summary>The stream types whose inline state is rebuilt in bulk.</summary>
    public static IEnumerable<Type> StreamStatesOf(IDocumentStore store) =>
        SourcesOf(store).Select(source => StateOf(source.GetType())).OfType<Type>();

    private static List<IProjectionSource<IDocumentOperations, IQuerySession>> SourcesOf(IDocumentStore store) =>
        ((DocumentStore)store).Options.Projections.All;

    private static Type? StateOf(Type projection) =>
        projection.IsGenericType && projection.GetGenericTypeDefinition() == typeof(StreamStateProjection<>)
            ? projection.GetGenericArguments()[0]
            : null;
}
