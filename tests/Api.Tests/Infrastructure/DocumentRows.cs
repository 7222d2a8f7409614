using Marten;
using Npgsql;

namespace Fupin.EventSourced.Api.Tests.Infrastructure;

/// <summary>A document table's rows as stored: id, revision and the whole row but its write time, by id.</summary>
public static class DocumentRows
{
    public static async Task<List<(string Id, long Version, string Row)>> ReadAsync(IDocumentStore store, string table)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select id, mt_version, (to_jsonb(d) - 'mt_last_modified')::text from {store.Options.DatabaseSchemaName}.{table} d order by id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, long, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetString(2)));
        }

        return rows;
    }
}
