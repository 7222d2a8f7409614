using System.Linq.Expressions;
using System.Threading.Channels;
using Fupin.EventSourced.Domain;
using Marten;
using Npgsql;
using Weasel.Core;

namespace Fupin.EventSourced.Projections;

/// <summary>
/// Rebuilds a stream type's inline state documents from its events in bulk: the state's events are read once, in
/// stream order, each stream is folded with the state's own <c>Evolve</c> (as the inline projection does), and the
/// documents are written with Marten's bulk insert (binary COPY). Marten's daemon rebuilds the same documents page by
/// page with an upsert per document; for stream types with many short streams (a consultation has one or two events)
/// that costs about ten times as much.
/// </summary>
public static class StreamStateRebuild
{
    private const int DocumentsPerCopy = 10_000;

    /// <summary>Empties <typeparamref name="TState"/>'s documents and writes them again from the events.</summary>
    /// <returns>The number of documents written.</returns>
    public static async Task<long> RebuildAsync<TState>(IDocumentStore store, CancellationToken cancellation)
        where TState : class, IStreamState<TState>
    {
        var events = ((DocumentStore)store).Events;
        var types = StreamStateEvents.Of(typeof(TState)).ToDictionary(type => events.EventMappingFor(type).EventTypeName, type => type);
        var serializer = store.Options.Serializer();
        var setVersion = VersionSetter<TState>();
        var table = $"{store.Options.Events.DatabaseSchemaName}.mt_events";

        await store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(TState), cancellation);

        var batches = Channel.CreateBounded<List<TState>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var writing = Task.Run(async () =>
        {
            try
            {
                return await WriteAsync(store, batches.Reader, cancellation);
            }
            catch (Exception error)
            {
                // The reader then stops at its next batch instead of waiting for room in the channel.
                batches.Writer.TryComplete(error);
                throw;
            }
        }, cancellation);

        try
        {
            await using var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync(cancellation);
            await using var transaction = await connection.BeginTransactionAsync(cancellation);
            await using (var sort = new NpgsqlCommand("set local work_mem = '256MB'", connection, transaction))
            {
                await sort.ExecuteNonQueryAsync(cancellation);
            }

            await using var command = new NpgsqlCommand(
                $"select stream_id, type, data, version from {table} where type = any(@types) and is_archived = false order by stream_id, version",
                connection, transaction);
            command.Parameters.AddWithValue("types", types.Keys.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellation);
            var batch = new List<TState>(DocumentsPerCopy);
            string? stream = null;
            TState? state = null;
            while (await reader.ReadAsync(cancellation))
            {
                var id = reader.GetString(0);
                if (id != stream)
                {
                    if (state is not null)
                    {
                        batch.Add(state);
                        if (batch.Count == DocumentsPerCopy)
                        {
                            await batches.Writer.WriteAsync(batch, cancellation);
                            batch = new List<TState>(DocumentsPerCopy);
                        }
                    }

                    (stream, state) = (id, null);
                }

                var data = serializer.FromJson(types[reader.GetString(1)], reader, 2);
                state = TState.Evolve(state, data);
                setVersion(state, reader.GetInt64(3));
            }

            if (state is not null)
            {
                batch.Add(state);
            }

            if (batch.Count > 0)
            {
                await batches.Writer.WriteAsync(batch, cancellation);
            }

            batches.Writer.Complete();
        }
        catch (ChannelClosedException)
        {
            // The writer failed and closed the channel: its error is the one to report, below.
        }
        catch (Exception error)
        {
            batches.Writer.TryComplete(error);
            throw;
        }

        return await writing;
    }

    /// <summary>Writes each batch of states by COPY and sets the revisions of those past their first event.</summary>
    private static async Task<long> WriteAsync<TState>(IDocumentStore store, ChannelReader<List<TState>> batches, CancellationToken cancellation)
        where TState : class, IStreamState<TState>
    {
        long written = 0;
        await using var session = store.LightweightSession();
        var documents = DocumentTables.Of<TState>(session);
        await foreach (var batch in batches.ReadAllAsync(cancellation))
        {
            await store.BulkInsertAsync(batch, BulkInsertMode.InsertsOnly, batchSize: batch.Count, cancellation);
            // Marten's bulk insert writes every document as its first revision; a stream past its first event is
            // set to its version, as the inline projection leaves it.
            var later = batch.Where(state => state.Version > 1).ToArray();
            if (later.Length > 0)
            {
                session.QueueSqlCommand(
                    $"update {documents} d set mt_version = v.version from unnest(?::varchar[], ?::bigint[]) v(id, version) where d.id = v.id",
                    later.Select(state => state.Id).ToArray(), later.Select(state => state.Version).ToArray());
                await session.SaveChangesAsync(cancellation);
            }

            written += batch.Count;
        }

        return written;
    }

    /// <summary>Sets the state's <c>Version</c> to its stream's version, as Marten does for an inline snapshot.</summary>
    private static Action<TState, long> VersionSetter<TState>() where TState : IStreamState
    {
        var state = Expression.Parameter(typeof(TState));
        var version = Expression.Parameter(typeof(long));
        var setter = typeof(TState).GetProperty(nameof(IStreamState.Version))?.SetMethod
                     ?? throw new InvalidOperationException($"{typeof(TState).Name}.Version has no setter.");
        return Expression.Lambda<Action<TState, long>>(Expression.Call(state, setter, version), state, version).Compile();
    }
}
