using System.Threading.Channels;
using Fupin.EventSourced.Api.EventStore.Idempotency;
using JasperFx;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Fupin.EventSourced.Api.EventStore;

/// <summary>
/// Commits the events of concurrent commands in one transaction. The contract, for every command submitted:
/// <list type="bullet">
/// <item>It is answered exactly once, and only after its events (and its idempotency key) are committed, or with
/// the error that refused it. Nothing of a refused command is written.</item>
/// <item>Its decision ran on the current state of every stream it read, as of its commit: a stream it appends to
/// is checked by the database's version check, a stream it only read is share-locked and compared at commit.</item>
/// <item>Another command never makes it fail: a batch that fails for any reason but a lost connection is rolled
/// back and each of its commands redone alone, so only a command that fails alone gets an error.</item>
/// </list>
/// Each loop takes every command waiting (up to <see cref="GroupCommitOptions.MaxBatchSize"/>, no two touching
/// the same stream or idempotency key), loads their streams' states with one query per stream type, runs their
/// decisions, and appends all accepted events in one <c>SaveChangesAsync</c>. Each loop keeps one connection of
/// its own: it is never shared, so it needs no reset between batches and keeps its prepared statements.
/// </summary>
public sealed partial class GroupCommitWriter(
    IDocumentStore store,
    IdempotencyKeysTable idempotencyKeys,
    IOptions<IdempotencyOptions> idempotency,
    IOptions<GroupCommitOptions> options,
    GroupCommitMetrics metrics,
    ILogger<GroupCommitWriter> logger) : IHostedService
{
    private readonly GroupCommitOptions _options = options.Value;
    private readonly TimeSpan _keyLifetime = idempotency.Value.KeyLifetime;
    private readonly string _streamsTable = $"{store.Options.Events.DatabaseSchemaName}.mt_streams";

    private readonly Channel<PendingCommand> _queue = Channel.CreateBounded<PendingCommand>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    private Task _loops = Task.CompletedTask;

    public Task<CommandAnswer> Submit(PendingCommand command)
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
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var deferred = new Queue<PendingCommand>();
        await using var connection = new WriterConnection(store);

        while (deferred.Count > 0 || await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            keys.Clear();

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
            var commandKeys = command.Keys.ToList();
            if (commandKeys.Any(keys.Contains))
            {
                deferred.Enqueue(command);
                return;
            }

            keys.UnionWith(commandKeys);
            batch.Add(command);
        }
    }

    private async Task CommitBatch(WriterConnection connection, IReadOnlyList<PendingCommand> batch)
    {
        if (await TryCommit(connection, batch) is not { } failure)
        {
            return;
        }

        if (failure.IsConflict)
        {
            metrics.Conflicts.Add(1);
        }

        LogRedo(logger, failure.Error, failure.Unanswered.Count);
        foreach (var command in failure.Unanswered)
        {
            await CommitAlone(connection, command);
        }
    }

    private async Task CommitAlone(WriterConnection connection, PendingCommand command)
    {
        for (var attempt = 1; await TryCommit(connection, [command]) is { } failure; attempt++)
        {
            if (!failure.IsConflict)
            {
                command.Fail(failure.Error);
                return;
            }

            metrics.Conflicts.Add(1);
            if (attempt > _options.ConflictRetries)
            {
                command.Fail(failure.Error);
                return;
            }
        }
    }

    /// <summary>
    /// Loads, decides and commits <paramref name="batch"/> in one transaction, and answers every command; except
    /// after a write conflict, or any failure of a batch of several, which it returns with the commands left
    /// unanswered, for the caller to redo one by one.
    /// </summary>
    private async Task<Failure?> TryCommit(WriterConnection connection, IReadOnlyList<PendingCommand> batch)
    {
        var accepted = new List<PendingCommand>(batch.Count);
        var unanswered = batch;
        try
        {
            await using var transaction = await connection.BeginAsync();
            await using var session = store.IdentitySession(Marten.Services.SessionOptions.ForTransaction(transaction));
            await LoadStates(session, batch);
            var stored = await StoredAnswers(transaction, batch);
            foreach (var command in batch)
            {
                var key = command.IdempotencyKey;
                if (command.Decide(session, key is { } k ? stored.GetValueOrDefault(k) : null, idempotencyKeys, _keyLifetime))
                {
                    accepted.Add(command);
                }
            }

            unanswered = accepted;
            if (accepted.Count == 0)
            {
                return null;
            }

            await CheckReadOnlyStreams(transaction, accepted);
            await session.SaveChangesAsync();
            await transaction.CommitAsync();
            metrics.BatchSize.Record(accepted.Count);
            accepted.ForEach(command => command.Succeed());
            return null;
        }
        catch (Exception error) when (IsWriteConflict(error))
        {
            await connection.ResetAsync();
            return new Failure(error, unanswered, IsConflict: true);
        }
        catch (Exception error)
        {
            // A connection that died under the batch (a restarting server) is the database being unavailable,
            // whatever Marten's retry on the dead connection reported last; redoing the commands would not help.
            var lost = !connection.IsOpen;
            await connection.ResetAsync();
            if (!lost && unanswered.Count > 1)
            {
                return new Failure(error, unanswered, IsConflict: false);
            }

            var answer = lost ? new ServiceUnavailableException("The connection to the database was lost; retry shortly.", error) : error;
            foreach (var command in unanswered)
            {
                command.Fail(answer);
            }

            return null;
        }
    }

    /// <summary>One query per stream type for every stream the batch reads.</summary>
    private static async Task LoadStates(IDocumentSession session, IReadOnlyList<PendingCommand> batch)
    {
        foreach (var kind in batch.SelectMany(command => command.Reads).GroupBy(read => read.Kind))
        {
            var ids = kind.Select(read => read.Id).Distinct(StringComparer.Ordinal).ToList();
            var loaded = (await kind.Key.LoadAsync(session, ids)).ToDictionary(state => state.Id, StringComparer.Ordinal);
            foreach (var command in batch)
            {
                foreach (var read in command.Reads.Where(read => read.Kind == kind.Key))
                {
                    command.Loaded(read.Id, loaded.GetValueOrDefault(read.Id));
                }
            }
        }
    }

    private async Task<IReadOnlyDictionary<(string User, string Key), StoredAnswer>> StoredAnswers(
        NpgsqlTransaction transaction, IReadOnlyList<PendingCommand> batch)
    {
        var keys = batch.Select(command => command.IdempotencyKey).OfType<(string, string)>().ToList();
        return keys.Count == 0 ? new Dictionary<(string, string), StoredAnswer>() : await idempotencyKeys.FindAsync(transaction, keys);
    }

    /// <summary>
    /// Share-locks every stream the accepted decisions only read and compares its version with the one decided on.
    /// Under the lock no other transaction can append to it until this one ends; a version that moved in between
    /// is a write conflict. (Marten's <c>AlwaysEnforceConsistency</c> compares without a lock, which a commit in
    /// between slips past.)
    /// </summary>
    private async Task CheckReadOnlyStreams(NpgsqlTransaction transaction, IReadOnlyList<PendingCommand> accepted)
    {
        var decidedOn = accepted.SelectMany(command => command.ReadOnly).ToList();
        if (decidedOn.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            $"select id, version from {_streamsTable} where id = any(@ids) order by id for share", transaction.Connection, transaction);
        command.Parameters.AddWithValue("ids", decidedOn.Select(stream => stream.Id).Distinct().ToArray());
        var now = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                now[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        foreach (var (id, version) in decidedOn)
        {
            if (now.GetValueOrDefault(id) != version)
            {
                throw new ReadStreamChangedException(id, version, now.GetValueOrDefault(id));
            }
        }
    }

    private sealed record Failure(Exception Error, IReadOnlyList<PendingCommand> Unanswered, bool IsConflict);

    /// <summary>Another transaction changed or created one of the batch's streams (or took its idempotency key) after it was read.</summary>
    internal static bool IsWriteConflict(Exception error) => error switch
    {
        ConcurrencyException => true,
        ReadStreamChangedException => true,
        Marten.Exceptions.ExistingStreamIdCollisionException => true,
        JasperFx.Events.ExistingStreamIdCollisionException => true,
        Marten.Exceptions.ConcurrentUpdateException => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected } => true,
        _ when error.InnerException is { } inner => IsWriteConflict(inner),
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "A batch of {Count} failed; redoing each command alone")]
    private static partial void LogRedo(ILogger logger, Exception error, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} commands failed unexpectedly")]
    private static partial void LogBatchFailed(ILogger logger, Exception error, int count);
}
