namespace Fupin.EventSourced.Domain;

/// <summary>
/// What a decision over several streams appends: events per stream, committed together or not at all. A
/// stream the decision read is appended to at the version it was read at; a stream it did not read must be
/// started here (<see cref="Start{TState}"/>), under a new id.
/// </summary>
public sealed class Decision
{
    private readonly List<StreamChange> _changes = [];

    public IReadOnlyList<StreamChange> Changes => _changes;

    public static Decision Append(string streamId, params IEnumerable<object> events) => new Decision().AndAppend(streamId, events);

    public static Decision Start<TState>(string streamId, params IEnumerable<object> events)
        where TState : class, IStreamState<TState> =>
        new Decision().AndStart<TState>(streamId, events);

    public Decision AndAppend(string streamId, params IEnumerable<object> events) => Add(new(streamId, null, [.. events]));

    public Decision AndStart<TState>(string streamId, params IEnumerable<object> events)
        where TState : class, IStreamState<TState> =>
        Add(new(streamId, typeof(TState), [.. events]));

    private Decision Add(StreamChange change)
    {
        if (_changes.Any(c => c.StreamId == change.StreamId))
        {
            throw new InvalidOperationException($"Stream {change.StreamId} appears twice in one decision.");
        }

        _changes.Add(change);
        return this;
    }
}

/// <summary>Events for one stream. <paramref name="StartsAs"/> names the state type of a stream the decision starts unread.</summary>
public sealed record StreamChange(string StreamId, Type? StartsAs, IReadOnlyList<object> Events);
