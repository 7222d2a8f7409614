using Npgsql;

namespace Fupin.EventSourced.Bench;

public static class Databases
{
    /// <summary>Creates (or re-creates) an empty database on the benchmark's server; returns its connection string.</summary>
    public static async Task<string> CreateAsync(string serverConnection, string name)
    {
        await using (var connection = new NpgsqlConnection(serverConnection))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"drop database if exists \"{name}\" with (force)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"create database \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(serverConnection) { Database = name }.ConnectionString;
    }

    public static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<string> SettingsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select string_agg(name || '=' || setting || coalesce(unit, ''), ', ' order by name) from pg_settings " +
            "where name in ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method', 'shared_buffers', " +
            "'max_connections', 'commit_delay', 'server_version')", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
