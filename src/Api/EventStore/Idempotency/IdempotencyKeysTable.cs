using Npgsql;
using Weasel.Postgresql.Tables;

namespace Fupin.EventSourced.Api.EventStore.Idempotency;

/// <summary>
/// The <c>idempotency_keys</c> table, in the event store's schema and managed with it (created at start or by
/// <c>db-apply</c>). A key's row is written in the same transaction as the command's events, so a committed
/// command and its key survive or vanish together, across restarts and failovers.
/// </summary>
public sealed class IdempotencyKeysTable(string schema)
{
    private readonly string _name = $"{schema}.idempotency_keys";

    public Table Definition()
    {
        var table = new Table(_name);
        table.AddColumn<string>("user_id").AsPrimaryKey();
        table.AddColumn<string>("key").AsPrimaryKey();
        table.AddColumn<string>("fingerprint").NotNull();
        table.AddColumn<int>("status").NotNull();
        table.AddColumn<string>("resource_id").NotNull();
        table.AddColumn<long>("version").NotNull();
        table.AddColumn<string>("location");
        table.AddColumn("recorded_at", "timestamptz").NotNull();
        table.AddColumn("expires_at", "timestamptz").NotNull().AddIndex(_ => { });
        return table;
    }

    /// <summary>The stored answers of <paramref name="keys"/>, expired ones included (they are replaced, not replayed).</summary>
    public async Task<IReadOnlyDictionary<(string User, string Key), StoredAnswer>> FindAsync(
        NpgsqlTransaction transaction, IReadOnlyCollection<(string User, string Key)> keys)
    {
        await using var command = new NpgsqlCommand(
            $"select user_id, key, fingerprint, status, resource_id, version, location, expires_at <= now() " +
            $"from {_name} where (user_id, key) in (select * from unnest(@users, @keys))",
            transaction.Connection, transaction);
        command.Parameters.AddWithValue("users", keys.Select(k => k.User).ToArray());
        command.Parameters.AddWithValue("keys", keys.Select(k => k.Key).ToArray());
        var found = new Dictionary<(string, string), StoredAnswer>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            found[(reader.GetString(0), reader.GetString(1))] = new StoredAnswer(reader.GetString(2),
                new CommandAnswer(reader.GetInt32(3), new Written(reader.GetString(4), reader.GetInt64(5)),
                    reader.IsDBNull(6) ? null : reader.GetString(6), Replayed: true),
                Expired: reader.GetBoolean(7));
        }

        return found;
    }

    public string DeleteSql => $"delete from {_name} where user_id = ? and key = ?";

    public string InsertSql =>
        $"insert into {_name} (user_id, key, fingerprint, status, resource_id, version, location, recorded_at, expires_at) " +
        "values (?, ?, ?, ?, ?, ?, ?, now(), now() + ? * interval '1 second')";

    public string DeleteExpiredSql => $"delete from {_name} where expires_at <= now()";
}

/// <summary>A key's first answer and the fingerprint of the request that got it.</summary>
public sealed record StoredAnswer(string Fingerprint, CommandAnswer Answer, bool Expired);
