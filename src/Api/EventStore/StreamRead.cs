using Fupin.EventSourced.Domain;
using Marten;

namespace Fupin.EventSourced.Api.EventStore;

/// <summary>
/// A stream a command decides on: which one, whether it must exist, and the version the client last saw. Every
/// stream a decision reads is checked when the command commits: by the database's version check if the decision
/// appends to it, else by a shared row lock on it and a comparison with the version decided on.
/// </summary>
public abstract class StreamRead(string id, long? expectedVersion, bool mustExist)
{
    public string Id { get; } = id;

    /// <summary>From <c>If-Match</c>: a mismatch is a 412 before the decision runs.</summary>
    public long? ExpectedVersion { get; } = expectedVersion;

    /// <summary>An absent stream is the state type's 404 before the decision runs.</summary>
    public bool MustExist { get; } = mustExist;

    public abstract StreamKind Kind { get; }
}

/// <summary>A read of a <typeparamref name="TState"/> stream; <see cref="Read"/> makes them.</summary>
public sealed class StreamRead<TState>(string id, long? expectedVersion, bool mustExist)
    : StreamRead(id, expectedVersion, mustExist)
    where TState : class, IStreamState<TState>
{
    public override StreamKind Kind => StreamKind<TState>.Instance;
}

public static class Read
{
    /// <summary>A stream that must exist (else its 404), optionally at the version the client names in <c>If-Match</c>.</summary>
    public static StreamRead<TState> Existing<TState>(string id, long? expectedVersion = null)
        where TState : class, IStreamState<TState> => new(id, expectedVersion, mustExist: true);

    /// <summary>A stream that may or may not exist; the decision gets null when it does not.</summary>
    public static StreamRead<TState> Maybe<TState>(string id) where TState : class, IStreamState<TState> =>
        new(id, expectedVersion: null, mustExist: false);
}

/// <summary>What the writer needs to know of a stream type without knowing it at compile time.</summary>
public abstract class StreamKind
{
    private static readonly Dictionary<Type, StreamKind> ByType = [];

    public abstract Type StateType { get; }

    /// <summary>Loads the current states of <paramref name="ids"/> with one query.</summary>
    public abstract Task<IReadOnlyList<IStreamState>> LoadAsync(IDocumentSession session, IEnumerable<string> ids);

    /// <summary>The state after <paramref name="events"/>; the decision's outcome, checked before it is committed.</summary>
    public abstract IStreamState Evolve(IStreamState? state, IEnumerable<object> events);

    public abstract DomainException NotFound(string id);

    public static StreamKind Of(Type stateType)
    {
        lock (ByType)
        {
            if (!ByType.TryGetValue(stateType, out var kind))
            {
                kind = (StreamKind)typeof(StreamKind<>).MakeGenericType(stateType).GetProperty(nameof(StreamKind<>.Instance))!.GetValue(null)!;
                ByType[stateType] = kind;
            }

            return kind;
        }
    }
}

internal sealed class StreamKind<TState> : StreamKind where TState : class, IStreamState<TState>
{
    public static StreamKind<TState> Instance { get; } = new();

    public override Type StateType => typeof(TState);

    public override async Task<IReadOnlyList<IStreamState>> LoadAsync(IDocumentSession session, IEnumerable<string> ids) =>
        [.. await session.LoadManyAsync<TState>(ids)];

    public override IStreamState Evolve(IStreamState? state, IEnumerable<object> events) =>
        events.Aggregate((TState?)state, (current, e) => TState.Evolve(current, e))
        ?? throw new InvalidOperationException("A decision produced no events for a stream it changes.");

    public override DomainException NotFound(string id) => TState.NotFound(id);
}
