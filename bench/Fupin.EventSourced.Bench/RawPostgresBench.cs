using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Fupin.EventSourced.Bench;

/// <summary>
/// The baseline: what PostgreSQL itself does with one event-like row per transaction at the same concurrency, over
/// Npgsql from this process with a prepared statement. The same mix as the HTTP run: a share of rows start a new
/// stream, the rest append the next version to one of the client's streams.
/// </summary>
public static class RawPostgresBench
{
    public const string Table = """
        create table if not exists bench_raw (
            seq bigserial primary key,
            stream_id text not null,
            version int not null,
            type text not null,
            data jsonb not null,
            recorded_at timestamptz not null default now(),
            unique (stream_id, version));
        """;

    public static async Task<LoadResult> RunAsync(string connectionString, BenchOptions options, string round, CpuMeter cpu)
    {
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand(Table, connection);
            await create.ExecuteNonQueryAsync();
        }

        var clients = Enumerable.Range(0, options.Concurrency)
            .Select(i => new RawClient(connectionString, $"{round}-{i.ToString(CultureInfo.InvariantCulture)}", options, i))
            .ToList();
        try
        {
            CpuMeter.Snapshot? before = null;
            CpuUsage? used = null;
            var result = await ClosedLoad.RunAsync($"raw insert ({round})", clients, options.RawWarmup, options.Duration,
                () => { before = cpu.Take(); return Task.CompletedTask; },
                () => { used = CpuMeter.Between(before!.Value, cpu.Take()); return Task.CompletedTask; });
            return result with { Cpu = used };
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    private sealed class RawClient(string connectionString, string prefix, BenchOptions options, int seed) : ILoadClient, IAsyncDisposable
    {
        private readonly Random _random = new(seed);
        private readonly List<int> _versions = [];
        private NpgsqlConnection? _connection;
        private NpgsqlCommand? _insert;

        public async Task PrepareAsync()
        {
            _connection = new NpgsqlConnection(connectionString);
            await _connection.OpenAsync();
            _insert = new NpgsqlCommand(
                "insert into bench_raw (stream_id, version, type, data) values ($1, $2, $3, $4)", _connection);
            _insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text });
            _insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer });
            _insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text });
            _insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb });
            await _insert.PrepareAsync();
            for (var i = 0; i < options.InitialStreamsPerClient; i++)
            {
                await Insert(NewStream());
            }
        }

        public Task<int> NextAsync() =>
            Insert(_random.NextDouble() < options.RegisterShare ? NewStream() : _random.Next(_versions.Count));

        private int NewStream()
        {
            _versions.Add(0);
            return _versions.Count - 1;
        }

        private async Task<int> Insert(int stream)
        {
            var version = _versions[stream] + 1;
            var streamId = $"{prefix}-{stream.ToString(CultureInfo.InvariantCulture)}";
            _insert!.Parameters[0].Value = streamId;
            _insert.Parameters[1].Value = version;
            _insert.Parameters[2].Value = version == 1 ? "village_registered" : "village_name_corrected";
            _insert.Parameters[3].Value = version == 1
                ? $$"""{"villageCode":"{{streamId}}","name":"基准村{{stream}}","countyCode":"370302","county":"淄川区","townshipCode":"370302101","township":"注滋口镇"}"""
                : $$"""{"villageCode":"{{streamId}}","name":"基准村{{stream}}-{{version}}","previousName":"基准村{{stream}}-{{version - 1}}","reason":"benchmark correction {{version}}"}""";
            await _insert.ExecuteNonQueryAsync();
            _versions[stream] = version;
            return 200;
        }

        public async ValueTask DisposeAsync()
        {
            if (_insert is not null)
            {
                await _insert.DisposeAsync();
            }

            if (_connection is not null)
            {
                await _connection.DisposeAsync();
            }
        }
    }
}
