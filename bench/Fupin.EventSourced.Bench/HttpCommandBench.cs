using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Fupin.EventSourced.TestKit;
using Npgsql;

namespace Fupin.EventSourced.Bench;

/// <summary>What the store holds after an HTTP run, against what the clients were told.</summary>
public sealed record StoreCheck(
    long StreamsAcknowledged, long StreamsFound, long Missing, long VersionMismatches, long Unexpected,
    long EventsFound, long EventsExpected, long CountyVillageCountTotal)
{
    public bool Consistent => Missing == 0 && VersionMismatches == 0 && Unexpected == 0 && EventsFound == EventsExpected
                              && CountyVillageCountTotal == StreamsFound;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{StreamsFound} streams found for {StreamsAcknowledged} acknowledged registrations ({Missing} missing, " +
        $"{VersionMismatches} at another version than last acknowledged, {Unexpected} unknown to clients); " +
        $"{EventsFound} events for {EventsExpected} acknowledged; CountyVillageCount counts {CountyVillageCountTotal} villages");
}

public sealed record HttpRunResult(string Label, LoadResult Load, ProjectionLag Lag, StoreCheck Check, string ConnectionString, string SampleVillage);

/// <summary>
/// Commands over HTTP against the Release build of the API as a real process: each client registers its first
/// streams, then mixes registrations of new villages with name corrections of its own villages, sending the
/// version it last saw in <c>If-Match</c>. Clients own disjoint streams, so a 412 means the API lost or misreported
/// a version, not a race between clients.
/// </summary>
public static class HttpCommandBench
{
    public const string Schema = "fupin";

    public static async Task<HttpRunResult> RunAsync(
        string serverConnection, string database, string label, IReadOnlyDictionary<string, string> settings,
        BenchOptions options, int? postmasterPid, TextWriter log)
    {
        var connectionString = await Databases.CreateAsync(serverConnection, database);
        var profile = options.PerfDirectory is not null && settings.Count == 0;
        var environment = new Dictionary<string, string>(settings, StringComparer.Ordinal);
        foreach (var (key, value) in options.ApiEnvironment)
        {
            environment[key] = value;
        }

        if (profile)
        {
            // Names for JIT-compiled frames; without the double mapping of W^X, perf can attribute them.
            environment["DOTNET_PerfMapEnabled"] = "1";
            environment["DOTNET_EnableWriteXorExecute"] = "0";
        }

        settings = environment;

        await using var api = await StartApiAsync(connectionString, settings, log);
        var pid = CpuMeter.NewestChild("dotnet");
        await log.WriteLineAsync($"  API pid {pid?.ToString(CultureInfo.InvariantCulture) ?? "?"} on {api.BaseAddress}");
        var cpu = new CpuMeter(pid, postmasterPid);

        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Concurrency * 2,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        var clients = Enumerable.Range(0, options.Concurrency)
            .Select(i => new CommandClient(handler, api.BaseAddress, i, options))
            .ToList();

        await using var lag = new ProjectionLagSampler(connectionString, Schema);
        lag.Start();
        CpuMeter.Snapshot? before = null;
        CpuUsage? used = null;
        Process? perf = null;
        var load = await ClosedLoad.RunAsync($"HTTP commands ({label})", clients, options.Warmup, options.Duration,
            () =>
            {
                before = cpu.Take();
                perf = profile ? StartPerf(options) : null;
                return Task.CompletedTask;
            },
            async () =>
            {
                used = CpuMeter.Between(before!.Value, cpu.Take());
                if (perf is not null)
                {
                    await perf.WaitForExitAsync();
                    perf.Dispose();
                    await log.WriteLineAsync($"  perf profile (API pid {pid}) in {options.PerfDirectory}");
                }
            });
        load = load with { Cpu = used };

        var lags = await lag.FinishAsync(load.WindowStartAt, load.WindowEndAt, load.LastAcknowledgedAt, TimeSpan.FromMinutes(2));
        var check = await CheckStoreAsync(connectionString, clients.SelectMany(c => c.Streams).ToList());
        var sample = clients.First(c => c.Streams.Count > 0).Streams[0].Code;
        foreach (var client in clients)
        {
            client.Dispose();
        }

        await api.StopAsync();
        return new HttpRunResult(label, load, lags, check, connectionString, sample);
    }

    /// <summary>
    /// Starts the API; again on another port if the free port it was given was taken before Kestrel bound it (the
    /// machine is shared and the port comes from the ephemeral range).
    /// </summary>
    public static async Task<ApiProcess> StartApiAsync(string connectionString, IReadOnlyDictionary<string, string> settings, TextWriter log)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ApiProcess.StartAsync(connectionString, settings);
            }
            catch (InvalidOperationException error) when (attempt < 5 && IsPortTaken(error.Message))
            {
                await log.WriteLineAsync("  the API's port was taken meanwhile; starting it on another");
            }
        }
    }

    public static bool IsPortTaken(string output) => output.Contains("address already in use", StringComparison.OrdinalIgnoreCase);

    private static Process StartPerf(BenchOptions options)
    {
        Directory.CreateDirectory(options.PerfDirectory!);
        var start = new ProcessStartInfo("perf") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[]
                 {
                     "record", "-F", "499", "-a", "-g", "-o", Path.Combine(options.PerfDirectory!, "perf.data"), "--",
                     "sleep", ((int)options.Duration.TotalSeconds).ToString(CultureInfo.InvariantCulture),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static async Task<StoreCheck> CheckStoreAsync(string connectionString, List<(string Code, long Version)> acknowledged)
    {
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var streams = new NpgsqlCommand($"select id, version from {Schema}.mt_streams", connection))
        await using (var reader = await streams.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                found[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        long missing = 0, mismatched = 0;
        foreach (var (code, version) in acknowledged)
        {
            if (!found.TryGetValue(code, out var stored))
            {
                missing++;
            }
            else if (stored != version)
            {
                mismatched++;
            }
        }

        var known = acknowledged.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var events = await Databases.ScalarAsync(connection, $"select count(*) from {Schema}.mt_events");
        var countyVillages = await Databases.ScalarAsync(connection,
            $"select coalesce(sum((data->>'VillageCount')::bigint), 0) from {Schema}.mt_doc_countyvillagecount");
        return new StoreCheck(acknowledged.Count, found.Count, missing, mismatched, found.Keys.Count(k => !known.Contains(k)),
            events, acknowledged.Sum(s => s.Version), countyVillages);
    }

    /// <summary>One client: its own token, its own villages and the version it last saw of each.</summary>
    private sealed class CommandClient : ILoadClient, IDisposable
    {
        private readonly HttpClient _http;
        private readonly int _index;
        private readonly BenchOptions _options;
        private readonly Random _random;
        private int _registered;

        public CommandClient(SocketsHttpHandler handler, Uri baseAddress, int index, BenchOptions options)
        {
            _http = new HttpClient(handler, disposeHandler: false) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Bearer", TestTokens.For("operator", Villages.City, $"bench-{index.ToString(CultureInfo.InvariantCulture)}"));
            _index = index;
            _options = options;
            _random = new Random(index);
        }

        /// <summary>Village code and the version this client last had acknowledged.</summary>
        public List<(string Code, long Version)> Streams { get; } = [];

        public async Task PrepareAsync()
        {
            for (var i = 0; i < _options.InitialStreamsPerClient; i++)
            {
                await Register();
            }
        }

        public Task<int> NextAsync() =>
            _random.NextDouble() < _options.RegisterShare || Streams.Count == 0 ? Register() : Correct(_random.Next(Streams.Count));

        private async Task<int> Register()
        {
            var number = (_registered++ * _options.Concurrency) + _index;
            var code = Villages.Code(number);
            using var content = Json(new
            {
                code,
                name = Villages.Name(number),
                county = $"基准县{code[4..6]}",
                township = $"基准镇{code[6..9]}",
            });
            using var response = await _http.PostAsync("/api/villages", content);
            var status = (int)response.StatusCode;
            if (status == 201)
            {
                Streams.Add((code, Version(response)));
            }
            else if (await Resync(code) is { } version)
            {
                Streams.Add((code, version));
            }

            return status;
        }

        private async Task<int> Correct(int stream)
        {
            var (code, version) = Streams[stream];
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/villages/{code}/name-corrections")
            {
                Content = Json(new
                {
                    name = $"{code}村第{(version + 1).ToString(CultureInfo.InvariantCulture)}版",
                    reason = "benchmark: name as corrected by the county office",
                }),
            };
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version.ToString(CultureInfo.InvariantCulture)}\""));
            using var response = await _http.SendAsync(request);
            var status = (int)response.StatusCode;
            if (status == 200)
            {
                Streams[stream] = (code, Version(response));
            }
            else if (await Resync(code) is { } current)
            {
                Streams[stream] = (code, current);
            }

            return status;
        }

        /// <summary>After a refusal or an error, the village's version as the API now reports it (null: no village).</summary>
        private async Task<long?> Resync(string code)
        {
            using var response = await _http.GetAsync($"/api/villages/{code}");
            return response.StatusCode == HttpStatusCode.OK ? Version(response) : null;
        }

        private static long Version(HttpResponseMessage response) =>
            long.Parse(response.Headers.ETag?.Tag.Trim('"') ?? throw new InvalidOperationException("No ETag in the answer."),
                CultureInfo.InvariantCulture);

        private static ByteArrayContent Json<T>(T body)
        {
            var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return content;
        }

        public void Dispose() => _http.Dispose();
    }
}
