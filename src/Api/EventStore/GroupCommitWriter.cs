using System.Threading.Channels;
using JasperFx;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Fupin.EventSourced.Api.EventStore;

/// <summary>
/// Commits the events of concurrent commands in one transaction. Each loop takes every command waiting (up to
/// <see cref="GroupCommitOptions.MaxBatchSize"/>, one per stream), reads their streams in one batched query,
/// runs their decisions, and appends all accepted events with each stream's expected version in one
/// <c>SaveChangesAsync</c>: two round trips for the whole batch instead of two per command. A caller is answered
/// only after the commit. If another writer changed one of the streams in between, the whole transaction rolls
/// back and each command is redone alone on fresh state, so one conflict never fails its neighbours.
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
                await CommitBatch(batch);
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

    private async Task CommitBatch(IReadOnlyList<PendingCommand> batch)
    {
        List<PendingCommand> accepted;
        await using (var session = store.LightweightSession())
        {
            accepted = await FetchAndDecide(session, batch);
            if (accepted.Count == 0)
            {
                return;
            }

            try
            {
                await session.SaveChangesAsync();
                metrics.BatchSize.Record(accepted.Count);
                accepted.ForEach(command => command.Succeed());
                return;
            }
            catch (Exception error) when (IsWriteConflict(error))
            {
                metrics.Conflicts.Add(1);
                LogConflict(logger, accepted.Count);
            }
            catch (Exception error)
            {
                accepted.ForEach(command => command.Fail(error));
                return;
            }
        }

        foreach (var command in accepted)
        {
            await CommitAlone(command);
        }
    }

    private async Task CommitAlone(PendingCommand command)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var session = store.LightweightSession();
            var accepted = await FetchAndDecide(session, [command]);
            if (accepted.Count == 0)
            {
                return;
            }

            try
            {
                await session.SaveChangesAsync();
                metrics.BatchSize.Record(1);
                command.Succeed();
                return;
            }
            catch (Exception error) when (IsWriteConflict(error) && attempt < _options.ConflictRetries)
            {
                metrics.Conflicts.Add(1);
                LogConflict(logger, 1);
            }
            catch (Exception error)
            {
                command.Fail(error);
                return;
            }
        }
    }

    private static async Task<List<PendingCommand>> FetchAndDecide(
        IDocumentSession session, IReadOnlyList<PendingCommand> batch)
    {
        var query = session.CreateBatchQuery();
        foreach (var command in batch)
        {
            command.Fetch(query);
        }

        try
        {
            await query.Execute();
        }
        catch (Exception error)
        {
            foreach (var command in batch)
            {
                command.Fail(error);
            }

            return [];
        }

        var accepted = new List<PendingCommand>(batch.Count);
        foreach (var command in batch)
        {
            if (await command.Decide())
            {
                accepted.Add(command);
            }
        }

        return accepted;
    }

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
