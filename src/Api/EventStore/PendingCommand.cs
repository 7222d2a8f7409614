using JasperFx.Events;
using Marten.Services.BatchQuerying;

namespace Fupin.EventSourced.Api.EventStore;

/// <summary>A command waiting in <see cref="GroupCommitWriter"/>'s queue, and the caller awaiting it.</summary>
public abstract class PendingCommand(string streamKey, long? expectedVersion, CommandMetadata metadata)
{
    private readonly TaskCompletionSource<long> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string StreamKey { get; } = streamKey;
    protected long? ExpectedVersion { get; } = expectedVersion;
    protected CommandMetadata Metadata { get; } = metadata;

    /// <summary>The stream version after the append; the caller's answer.</summary>
    public Task<long> Completion => _completion.Task;

    /// <summary>Stream version once this command's events are committed.</summary>
    protected long NewVersion { get; set; }

    /// <summary>Queues the read of the stream's current state into a batched query.</summary>
    public abstract void Fetch(IBatchedQuery batch);

    /// <summary>
    /// Runs the decision on the fetched state and queues its events into the batch's session. Returns false when
    /// there is nothing to commit: the command was refused (the caller already has the error) or decided nothing.
    /// </summary>
    public abstract Task<bool> Decide();

    public void Succeed() => _completion.TrySetResult(NewVersion);

    public void Fail(Exception error) => _completion.TrySetException(error);
}

internal sealed class PendingCommand<TState>(
    string streamKey,
    long? expectedVersion,
    Func<TState?, IReadOnlyList<object>> decide,
    CommandMetadata metadata) : PendingCommand(streamKey, expectedVersion, metadata)
    where TState : class
{
    private Task<IEventStream<TState>>? _fetched;

    public override void Fetch(IBatchedQuery batch) => _fetched = batch.Events.FetchForWriting<TState>(StreamKey);

    public override async Task<bool> Decide()
    {
        var stream = await (_fetched ?? throw new InvalidOperationException("Fetch before deciding."));
        var current = stream.StartingVersion ?? 0;

        // A stale version is reported before the decision runs, except for a stream that does not exist:
        // there the decision's own answer (usually 404) says more than "version 0".
        if (current > 0 && IsStale(current))
        {
            return false;
        }

        IReadOnlyList<object> events;
        try
        {
            events = decide(stream.Aggregate);
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

        stream.AppendMany(events);
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
