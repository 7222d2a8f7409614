using System.Threading.Channels;
using JasperFx;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Fupin.EventSourced.Api.EventStore;

/// <summary>
/// Commits the events of concurrent commands in one transaction. Each loop takes every command waiting (up to
/// <see cref="GroupCommitOptions.MaxBatchSize"/>, one per stream), loads their streams' current state with one
/// query, runs their decisions, and appends all accepted events, each stream with the version its decision saw,
/// in one <c>SaveChangesAsync</c>: two round trips for the whole batch instead of several per command. A caller
/// is answered only after the commit. If another writer changed one of the streams in between, the transaction
/// rolls back and each command is redone alone on fresh state, so one conflict never fails its neighbours.
/// Each loop keeps one connection of its own: it is never shared, so it needs no reset between batches and
/// keeps its prepared statements.
/// </summary>
public sealed partial class GroupCommitWriter(
    IDocumentStore store,
    IOptions<GroupCommitOptions> options,
    GroupCommitMetrics metrics,
    ILogger<GroupCommitWriter> logger) : IHostedService
{
    private readonly GroupCommitOptions _options = options.Value;

    private readonly Channel<PendingCommand> _queue = Channel.CreateBounded<PendingCommand>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    private Task _loops = Task.CompletedTask;

    public Task<long> Submit(PendingCommand command)
    {
        if (!_queue.Writer.TryWrite(command))
        {
            command.Fail(new ServiceUnavailableException(
                "The service is stopping or its command queue is full; retry shortly."));
        }

        return command.Completion;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var writers = Math.Max(1, _options.Writers);
        _loops = Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(RunLoop, CancellationToken.None)));
        return Task.CompletedTask;
    }

    /// <summary>Stops taking commands and answers every one already queued before returning.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await _loops.WaitAsync(cancellationToken);
    }

    private async Task RunLoop()
    {
        var maxBatch = Math.Max(1, _options.MaxBatchSize);
        var batch = new List<PendingCommand>(maxBatch);
        var streams = new HashSet<string>(StringComparer.Ordinal);
        var deferred = new Queue<PendingCommand>();
        await using var connection = new WriterConnection(store);

        while (deferred.Count > 0 || await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            streams.Clear();

            // A second command on a stream already in this batch waits for the next one: both decisions must
            // see the state the other left.
            for (var i = deferred.Count; i > 0 && batch.Count < maxBatch; i--)
            {
                Take(deferred.Dequeue());
            }

            while (batch.Count < maxBatch && _queue.Reader.TryRead(out var command))
            {
                Take(command);
            }

            try
            {
                await CommitBatch(connection, batch);
            }
            catch (Exception unexpected)
            {
                LogBatchFailed(logger, unexpected, batch.Count);
                batch.ForEach(command => command.Fail(unexpected));
            }
        }

        void Take(PendingCommand command)
        {
            if (streams.Add(command.StreamKey))
            {
                batch.Add(command);
            }
            else
            {
                deferred.Enqueue(command);
            }
        }
    }

    private async Task CommitBatch(WriterConnection connection, IReadOnlyList<PendingCommand> batch)
    {
        if (await TryCommit(connection, batch) is not { } conflict)
        {
            return;
        }

        metrics.Conflicts.Add(1);
        LogConflict(logger, conflict.Unanswered.Count);
        foreach (var command in conflict.Unanswered)
        {
            await CommitAlone(connection, command);
        }
    }

    private async Task CommitAlone(WriterConnection connection, PendingCommand command)
    {
        for (var attempt = 1; await TryCommit(connection, [command]) is { } conflict; attempt++)
        {
            metrics.Conflicts.Add(1);
            if (attempt > _options.ConflictRetries)
            {
                command.Fail(conflict.Error);
                return;
            }
        }
    }

    /// <summary>
    /// Loads, decides and commits <paramref name="batch"/> in one transaction, and answers every command; except
    /// after a write conflict, which it returns with the commands left unanswered, for the caller to redo.
    /// </summary>
    private async Task<Conflict?> TryCommit(WriterConnection connection, IReadOnlyList<PendingCommand> batch)
    {
        var accepted = new List<PendingCommand>(batch.Count);
        try
        {
            await using var transaction = await connection.BeginAsync();
            await using var session = store.IdentitySession(Marten.Services.SessionOptions.ForTransaction(transaction));
            foreach (var kind in batch.GroupBy(command => command.StateType))
            {
                var sameKind = kind.ToList();
                await sameKind[0].LoadAsync(session, sameKind);
            }

            accepted.AddRange(batch.Where(command => command.Decide(session)));
            if (accepted.Count == 0)
            {
                return null;
            }

            await session.SaveChangesAsync();
            await transaction.CommitAsync();
            metrics.BatchSize.Record(accepted.Count);
            accepted.ForEach(command => command.Succeed());
            return null;
        }
        catch (Exception error) when (IsWriteConflict(error))
        {
            await connection.ResetAsync();
            return new Conflict(error, accepted);
        }
        catch (Exception error)
        {
            // A connection that died under the batch (a restarting server) is the database being unavailable,
            // whatever Marten's retry on the dead connection reported last.
            var answer = connection.IsOpen
                ? error
                : new ServiceUnavailableException("The connection to the database was lost; retry shortly.", error);
            await connection.ResetAsync();
            foreach (var command in batch)
            {
                command.Fail(answer);
            }

            return null;
        }
    }

    private sealed record Conflict(Exception Error, IReadOnlyList<PendingCommand> Unanswered);

    /// <summary>Another transaction changed or created one of the batch's streams after it was read.</summary>
    internal static bool IsWriteConflict(Exception error) => error switch
    {
        ConcurrencyException => true,
        Marten.Exceptions.ExistingStreamIdCollisionException => true,
        JasperFx.Events.ExistingStreamIdCollisionException => true,
        Marten.Exceptions.ConcurrentUpdateException => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        _ when error.InnerException is { } inner => IsWriteConflict(inner),
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Write conflict in a batch of {Count}; redoing each command alone")]
    private static partial void LogConflict(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} commands failed unexpectedly")]
    private static partial void LogBatchFailed(ILogger logger, Exception error, int count);
}
