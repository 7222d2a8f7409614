using Fupin.EventSourced.Domain;

namespace Fupin.EventSourced.Api.EventStore;

/// <summary>
/// The one way commands change state: load a stream's current state, run a pure decision on it, append the
/// resulting events with the version the decision saw. Concurrent commands are committed together
/// (see <see cref="GroupCommitWriter"/>); each caller is answered only after its events are committed.
/// </summary>
public sealed class EventStreams(GroupCommitWriter writer)
{
    /// <summary>
    /// Decides on the stream <paramref name="streamKey"/> and appends what the decision returns.
    /// </summary>
    /// <param name="expectedVersion">
    /// The version the client last saw (from <c>If-Match</c>), or null for a command that does not depend on it,
    /// such as starting a stream. A mismatch throws <see cref="ExpectedVersionMismatchException"/>.
    /// </param>
    /// <param name="decide">
    /// A pure function of the current state (null when the stream does not exist) returning the new events;
    /// it throws a <see cref="Domain.DomainException"/> to refuse. It may run more than once if another writer
    /// got in between, always on fresh state.
    /// </param>
    /// <returns>The stream version after the append.</returns>
    public Task<long> Decide<TState>(
        string streamKey,
        long? expectedVersion,
        Func<TState?, IReadOnlyList<object>> decide,
        CommandMetadata metadata)
        where TState : class, IStreamState
    {
        var command = new PendingCommand<TState>(streamKey, expectedVersion, decide, metadata);
        return writer.Submit(command);
    }
}
