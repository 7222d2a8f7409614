using System.Text.Json;
using System.Text.Json.Serialization;
using Fupin.EventSourced.Domain.Envoys.Assigning;
using Fupin.EventSourced.Domain.Envoys.Registering;
using Fupin.EventSourced.Domain.Villages.CorrectingName;
using Fupin.EventSourced.Domain.Villages.Registering;
using Fupin.EventSourced.TestKit;
using Npgsql;

namespace Fupin.EventSourced.Faults.Tests.Infrastructure;

/// <summary>An event as PostgreSQL holds it in <c>mt_events</c>.</summary>
public sealed record StoredEvent(long Sequence, string StreamKey, long Version, string Type, string Data)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public VillageRegistered? Registered =>
        Type == "village_registered" ? JsonSerializer.Deserialize<VillageRegistered>(Data, Json) : null;

    public VillageNameCorrected? Corrected =>
        Type == "village_name_corrected" ? JsonSerializer.Deserialize<VillageNameCorrected>(Data, Json) : null;

    public EnvoyRegistered? EnvoyRegistered =>
        Type == "envoy_registered" ? JsonSerializer.Deserialize<EnvoyRegistered>(Data, Json) : null;

    public EnvoyAssigned? EnvoyAssigned =>
        Type == "envoy_assigned" ? JsonSerializer.Deserialize<EnvoyAssigned>(Data, Json) : null;
}

/// <summary>A row of <c>idempotency_keys</c>: a key's first answer, as the API stored it with the command's events.</summary>
public sealed record StoredKey(string UserId, string Key, int Status, string ResourceId, long Version, string? Location);

/// <summary>A session holding an advisory lock in the API's database.</summary>
public sealed record AdvisoryLockHolder(string ApplicationName, int Pid, long Key);

/// <summary>
/// Reads the store behind the API's back, straight from PostgreSQL, on unpooled connections named
/// <c>fault-probe</c> so a restart of the server leaves nothing broken behind.
/// </summary>
public sealed class EventStoreProbe(string connectionString, string schema = "fupin")
{
    public const string ProjectionName = "CountyVillageCount";

    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
    {
        Pooling = false,
        ApplicationName = "fault-probe",
        Timeout = 5,
        CommandTimeout = 10,
    }.ConnectionString;

    /// <summary>Creates the database <paramref name="name"/> on <paramref name="cluster"/> and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(LocalPostgresCluster cluster, string name)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return cluster.ConnectionString(name);
    }

    /// <summary>Every stored event, in sequence order.</summary>
    public Task<List<StoredEvent>> EventsAsync() => QueryAsync(
        $"select seq_id, stream_id, version, type, data::text from {schema}.mt_events order by seq_id",
        row => new StoredEvent(row.GetInt64(0), row.GetString(1), row.GetInt64(2), row.GetString(3), row.GetString(4)));

    /// <summary>Every stored idempotency key with the answer it replays.</summary>
    public Task<List<StoredKey>> IdempotencyKeysAsync() => QueryAsync(
        $"select user_id, key, status, resource_id, version, location from {schema}.idempotency_keys",
        row => new StoredKey(row.GetString(0), row.GetString(1), row.GetInt32(2), row.GetString(3), row.GetInt64(4),
            row.IsDBNull(5) ? null : row.GetString(5)));

    /// <summary>The highest sequence number stored: what the async projections must reach.</summary>
    public async Task<long> HighWaterMarkAsync() =>
        (await QueryAsync($"select coalesce(max(seq_id), 0) from {schema}.mt_events", row => row.GetInt64(0)))[0];

    /// <summary>Progress of the daemon's shards (and its own high-water mark) from <c>mt_event_progression</c>.</summary>
    public async Task<Dictionary<string, long>> ProgressionAsync() =>
        (await QueryAsync($"select name, last_seq_id from {schema}.mt_event_progression",
            row => (Name: row.GetString(0), Sequence: row.GetInt64(1))))
        .ToDictionary(p => p.Name, p => p.Sequence);

    /// <summary>The sequence the <see cref="ProjectionName"/> projection has applied up to (0 before it has a row).</summary>
    public async Task<long> ProjectionProgressAsync()
    {
        var progression = await ProgressionAsync();
        var shards = progression.Where(p => p.Key.StartsWith(ProjectionName + ":", StringComparison.Ordinal)).ToList();
        return shards.Count == 0 ? 0 : shards.Min(p => p.Value);
    }

    /// <summary>Granted advisory locks in the API's database, with the application name of the session holding each.</summary>
    public Task<List<AdvisoryLockHolder>> AdvisoryLockHoldersAsync() => QueryAsync(
        """
        select coalesce(a.application_name, ''), l.pid, ((l.classid::bigint << 32) | l.objid::bigint)
        from pg_locks l join pg_stat_activity a on a.pid = l.pid
        where l.locktype = 'advisory' and l.granted and l.database = (select oid from pg_database where datname = current_database())
        order by l.pid
        """,
        row => new AdvisoryLockHolder(row.GetString(0), row.GetInt32(1), row.GetInt64(2)));

    private async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
