using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Projections.Envoys;
using Fupin.EventSourced.Projections.Villages;
using Fupin.EventSourced.TestKit;
using JasperFx.Events;
using Marten.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Fupin.EventSourced.Bench;

/// <summary>One timed GET: what it asked, how many villages the answer counted, and its latencies.</summary>
public sealed record QueryFigure(string Label, string Path, int VillagesExpected, int VillagesAnswered, int VillagesCovered, long AnswerBytes, LoadResult Load)
{
    public bool Correct => VillagesAnswered == VillagesExpected;
}

/// <summary>A coverage run at one scale: the seed, the rebuild of the read models, and the timed queries.</summary>
public sealed record CoverageRunResult(
    string Scale, long Villages, long Envoys, long Assignments, long Events, TimeSpan Seed, TimeSpan RawRead,
    TimeSpan Rebuild, TimeSpan VillageRebuild, TimeSpan EnvoyRebuild, TimeSpan AssignmentPeriodRebuild,
    long VillageDocuments, long EnvoyDocuments, long AssignmentPeriodDocuments, CpuUsage RebuildCpu,
    QueryFigure Baseline, IReadOnlyList<QueryFigure> Queries)
{
    public double EventsPerSecond => Events / Rebuild.TotalSeconds;
    public double RawReadPerSecond => Events / RawRead.TotalSeconds;

    public bool Consistent => VillageDocuments == Villages && EnvoyDocuments == Envoys && AssignmentPeriodDocuments == Assignments
                              && Queries.All(q => q.Correct);
}

/// <summary>
/// The coverage query at a given scale. The register (<see cref="CoverageRegister"/>) is bulk-loaded as events
/// (COPY, Marten's BulkInsertEventsAsync, events interleaved across streams in sequence order as a real history is),
/// the inline Village and Envoy snapshots and the async AssignmentPeriod documents are rebuilt from them
/// concurrently, as the API's <c>projections rebuild</c> runs them (timed), then the published API serves
/// <c>GET /api/coverage/{division}/years/2018</c> to a closed loop of <see cref="BenchOptions.QueryClients"/>
/// clients. The baseline is <c>GET /api/villages/{code}</c> on the same API and database, timed the same way.
/// </summary>
public static class CoverageBench
{
    private const int StreamsPerChunk = 12_500;

    public static async Task<CoverageRunResult> RunAsync(
        string serverConnection, string database, string scale, CoverageRegister register,
        IReadOnlyList<(string Label, string Division)> queries, BenchOptions options, int? postmasterPid, TextWriter log)
    {
        var connectionString = await Databases.CreateAsync(serverConnection, database);
        var schema = HttpCommandBench.Schema;
        await using var connection = new NpgsqlConnection(connectionString);
        TimeSpan seed, rawRead, wall, villageTook, envoyTook, periodTook;
        CpuUsage used;
        using (var host = await MartenHost.StartAsync(connectionString))
        {
            var store = (DocumentStore)host.Services.GetRequiredService<IDocumentStore>();
            var seeding = Stopwatch.StartNew();
            // Villages first: a village is registered before an envoy can be assigned to it.
            await BulkLoadAsync(store, register.VillageStreams());
            await BulkLoadAsync(store, register.EnvoyStreams());
            seed = seeding.Elapsed;

            await connection.OpenAsync();
            await Execute(connection, $"vacuum analyze {schema}.mt_events");
            var loaded = await Databases.ScalarAsync(connection, $"select count(*) from {schema}.mt_events");
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  bulk-loaded {loaded:N0} events in {seed.TotalSeconds:0.0} s"));
            rawRead = await RebuildBench.RawReadAsync(connection);

            using var daemon = await store.BuildProjectionDaemonAsync();
            var cpu = new CpuMeter(apiPid: null, postmasterPid);
            var before = cpu.Take();
            var clock = Stopwatch.StartNew();
            var village = Timed(() => daemon.RebuildProjectionAsync<Village>(TimeSpan.FromMinutes(30), CancellationToken.None));
            var envoy = Timed(() => daemon.RebuildProjectionAsync<Envoy>(TimeSpan.FromMinutes(30), CancellationToken.None));
            var period = Timed(() => daemon.RebuildProjectionAsync<AssignmentPeriod>(TimeSpan.FromMinutes(30), CancellationToken.None));
            // Not a coverage read model, but left unbuilt the API's daemon would build it during the timed queries.
            var counties = Timed(() => daemon.RebuildProjectionAsync<CountyVillageCount>(TimeSpan.FromMinutes(30), CancellationToken.None));
            (villageTook, envoyTook, periodTook) = (await village, await envoy, await period);
            await counties;
            wall = clock.Elapsed;
            used = CpuMeter.Between(before, cpu.Take());
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  rebuilt in {wall.TotalSeconds:0.0} s (Village {villageTook.TotalSeconds:0.0} s, Envoy {envoyTook.TotalSeconds:0.0} s, AssignmentPeriod {periodTook.TotalSeconds:0.0} s)"));
            await host.StopAsync();
        }

        // What autovacuum does after a rebuild, before anyone asks: statistics for the planner, and the visibility map
        // that lets the coverage indexes answer without reading the documents.
        await Execute(connection, $"vacuum analyze {schema}.mt_doc_village, {schema}.mt_doc_envoy, {schema}.mt_doc_assignmentperiod");
        var events = await Databases.ScalarAsync(connection, $"select count(*) from {schema}.mt_events");
        var assignments = await Databases.ScalarAsync(connection, $"select count(*) from {schema}.mt_events where type = 'envoy_assigned'");
        var villageDocuments = await Databases.ScalarAsync(connection, $"select count(*) from {schema}.mt_doc_village");
        var envoyDocuments = await Databases.ScalarAsync(connection, $"select count(*) from {schema}.mt_doc_envoy");
        var periodDocuments = await Databases.ScalarAsync(connection, $"select count(*) from {schema}.mt_doc_assignmentperiod");

        var (baseline, figures) = await QueryAsync(connectionString, register, queries, options, log);
        return new CoverageRunResult(scale, register.VillageCount, register.Envoys, assignments, events, seed, rawRead,
            wall, villageTook, envoyTook, periodTook, villageDocuments, envoyDocuments, periodDocuments, used, baseline, figures);
    }

    private static async Task<(QueryFigure Baseline, List<QueryFigure> Queries)> QueryAsync(
        string connectionString, CoverageRegister register, IReadOnlyList<(string Label, string Division)> queries,
        BenchOptions options, TextWriter log)
    {
        await using var api = await HttpCommandBench.StartApiAsync(connectionString, options.ApiEnvironment, log);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.QueryClients * 2, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        var token = TestTokens.For("analyst", null, "bench-coverage");
        var sample = CoverageRegister.VillageCode(register.Counties[0], 0);
        var baseline = await TimeAsync(handler, api.BaseAddress, token, "GET one village (baseline)", $"/api/villages/{sample}", 1, options, log);
        var figures = new List<QueryFigure>();
        foreach (var (label, division) in queries)
        {
            var prefix = division.EndsWith("0000", StringComparison.Ordinal) ? division[..2] : division[..4];
            figures.Add(await TimeAsync(handler, api.BaseAddress, token, label, $"/api/coverage/{division}/years/2018",
                register.VillagesUnder(prefix), options, log));
        }

        await api.StopAsync();
        return (baseline, figures);
    }

    private static async Task<QueryFigure> TimeAsync(
        SocketsHttpHandler handler, Uri baseAddress, string token, string label, string path, int villagesExpected,
        BenchOptions options, TextWriter log)
    {
        var clients = Enumerable.Range(0, options.QueryClients).Select(_ => new QueryClient(handler, baseAddress, token, path)).ToList();
        var (status, body) = await clients[0].OnceAsync();
        if (status != 200)
        {
            throw new InvalidOperationException($"GET {path} answered {status}: {body}");
        }

        using var answer = JsonDocument.Parse(body);
        var (registered, covered) = answer.RootElement.TryGetProperty("villagesRegistered", out var r)
            ? (r.GetInt32(), answer.RootElement.GetProperty("villagesCovered").GetInt32())
            : (villagesExpected, 0);
        var load = await ClosedLoad.RunAsync(label, clients, options.QueryWarmup, options.QueryDuration);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  {path}: p50 {load.P50Ms:0.0} ms, p99 {load.P99Ms:0.0} ms ({load.Acknowledged} answers, {body.Length:N0} characters each)"));
        var figure = new QueryFigure(label, path, villagesExpected, registered, covered, clients[0].LastAnswerBytes, load);
        clients.ForEach(c => c.Dispose());
        return figure;
    }

    /// <summary>Bulk-loads streams in chunks; inside a chunk the streams' events take turns in sequence order.</summary>
    private static async Task BulkLoadAsync(DocumentStore store, IEnumerable<Func<EventGraph, StreamAction>> streams)
    {
        foreach (var chunk in streams.Chunk(StreamsPerChunk))
        {
            var actions = chunk.Select(stream => stream(store.Events)).ToList();
            for (var i = 0; i < actions.Count; i++)
            {
                var round = 0;
                foreach (var e in actions[i].Events)
                {
                    // Only the order counts: Marten draws the real sequence numbers in this order.
                    e.Sequence = ((long)round++ * StreamsPerChunk) + i + 1;
                }
            }

            await store.BulkInsertEventsAsync(actions, batchSize: 10_000);
        }
    }

    private static async Task<TimeSpan> Timed(Func<Task> rebuild)
    {
        var clock = Stopwatch.StartNew();
        await rebuild();
        return clock.Elapsed;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
