using Fupin.EventSourced.Domain;
using Marten;

namespace Fupin.EventSourced.Api.EventStore;

/// <summary>A command waiting in <see cref="GroupCommitWriter"/>'s queue, and the caller awaiting it.</summary>
public abstract class PendingCommand(string streamKey, long? expectedVersion, CommandMetadata metadata)
{
    private readonly TaskCompletionSource<long> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string StreamKey { get; } = streamKey;
    protected long? ExpectedVersion { get; } = expectedVersion;
    protected CommandMetadata Metadata { get; } = metadata;

    /// <summary>The kind of state the command decides on; commands of one kind are loaded together.</summary>
    public abstract Type StateType { get; }

    /// <summary>The stream version after the append; the caller's answer.</summary>
    public Task<long> Completion => _completion.Task;

    /// <summary>Stream version once this command's events are committed.</summary>
    protected long NewVersion { get; set; }

    /// <summary>
    /// Loads the current state of every command's stream in <paramref name="sameKind"/> (all of this command's
    /// <see cref="StateType"/>) with one query, into the session's identity map, where the inline projection
    /// finds it again when the events are appended.
    /// </summary>
    public abstract Task LoadAsync(IDocumentSession session, IReadOnlyList<PendingCommand> sameKind);

    /// <summary>
    /// Runs the decision on the loaded state and queues its events into the session. Returns false when there is
    /// nothing to commit: the command was refused (the caller already has the error) or decided nothing.
    /// </summary>
    public abstract bool Decide(IDocumentSession session);

    public void Succeed() => _completion.TrySetResult(NewVersion);

    public void Fail(Exception error) => _completion.TrySetException(error);
}

internal sealed class PendingCommand<TState>(
    string streamKey,
    long? expectedVersion,
    Func<TState?, IReadOnlyList<object>> decide,
    CommandMetadata metadata) : PendingCommand(streamKey, expectedVersion, metadata)
    where TState : class, IStreamState
{
    private TState? _state;

    public override Type StateType => typeof(TState);

    public override async Task LoadAsync(IDocumentSession session, IReadOnlyList<PendingCommand> sameKind)
    {
        var loaded = await session.LoadManyAsync<TState>(sameKind.Select(command => command.StreamKey));
        var byStream = loaded.ToDictionary(state => state.Id, StringComparer.Ordinal);
        foreach (var command in sameKind.Cast<PendingCommand<TState>>())
        {
            command._state = byStream.GetValueOrDefault(command.StreamKey);
        }
    }

    public override bool Decide(IDocumentSession session)
    {
        var current = _state?.Version ?? 0;

        // A stale version is reported before the decision runs, except for a stream that does not exist:
        // there the decision's own answer (usually 404) says more than "version 0".
        if (current > 0 && IsStale(current))
        {
            return false;
        }

        IReadOnlyList<object> events;
        try
        {
            events = decide(_state);
        }
        catch (Exception refused)
        {
            Fail(refused);
            return false;
        }

        if (IsStale(current))
        {
            return false;
        }

        NewVersion = current + events.Count;
        if (events.Count == 0)
        {
            Succeed();
            return false;
        }

        // The expected version is checked again by the database when the batch commits.
        var stream = _state is null
            ? session.Events.StartStream<TState>(StreamKey, [.. events])
            : session.Events.Append(StreamKey, NewVersion, [.. events]);
        foreach (var appended in stream.Events)
        {
            appended.UserName = Metadata.UserId;
            appended.CorrelationId = Metadata.CorrelationId;
            appended.SetHeader(CommandMetadata.RoleHeader, Metadata.Role);
        }

        return true;
    }

    private bool IsStale(long current)
    {
        if (ExpectedVersion is not { } expected || expected == current)
        {
            return false;
        }

        Fail(new ExpectedVersionMismatchException(StreamKey, expected, current));
        return true;
    }
}
