using System.Data;
using Marten;
using Npgsql;

namespace Fupin.EventSourced.Api.EventStore;

/// <summary>
/// One group-commit loop's own PostgreSQL connection, opened on first use and replaced after any failure (a
/// restarted server, a rolled-back batch) so a broken or half-used connection is never reused.
/// </summary>
internal sealed class WriterConnection(IDocumentStore store) : IAsyncDisposable
{
    private NpgsqlConnection? _connection;

    public bool IsOpen => _connection?.FullState == ConnectionState.Open;

    public async Task<NpgsqlTransaction> BeginAsync()
    {
        if (_connection is not { FullState: ConnectionState.Open } connection)
        {
            await ResetAsync();
            connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync();
            _connection = connection;
        }

        return await connection.BeginTransactionAsync();
    }

    public async Task ResetAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    public ValueTask DisposeAsync() => new(ResetAsync());
}
