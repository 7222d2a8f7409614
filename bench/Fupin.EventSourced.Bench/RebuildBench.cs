using System.Diagnostics;
using System.Globalization;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Domain.Villages.CorrectingName;
using Fupin.EventSourced.Domain.Villages.Registering;
using Fupin.EventSourced.Projections;
using Fupin.EventSourced.Projections.Villages;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Fupin.EventSourced.Bench;

public sealed record RebuildResult(
    long Events,
    long Streams,
    int VillagesPerCounty,
    TimeSpan Seed,
    TimeSpan VillageRebuild,
    TimeSpan CountyVillageCountRebuild,
    TimeSpan Total,
    TimeSpan RawRead,
    long VillageDocuments,
    long CountyVillageCountTotal,
    bool SampleVillageCorrect,
    CpuUsage Cpu)
{
    public double EventsPerSecond => Events / Total.TotalSeconds;
    public double RawReadPerSecond => Events / RawRead.TotalSeconds;
    public bool Consistent => VillageDocuments == Streams && CountyVillageCountTotal == Streams && SampleVillageCorrect;
}

/// <summary>
/// Rebuild of every projection over a store of <see cref="BenchOptions.RebuildEvents"/> real village events, with
/// the API's own Marten configuration (<see cref="EventStoreSetup.AddFupinEventStore"/>, daemon disabled) in a host.
/// The events are bulk-loaded (COPY) for set-up: each village is registered and then has its name corrected three
/// times, interleaved across villages as a real history would be. The baseline is PostgreSQL reading the same
/// events back over Npgsql in sequence order: the floor under any rebuild.
/// </summary>
public static class RebuildBench
{
    private const int EventsPerStream = 4;
    private const int StreamsPerChunk = 12_500;

    public static async Task<RebuildResult> RunAsync(string serverConnection, BenchOptions options, int? postmasterPid, TextWriter log)
    {
        var connectionString = await Databases.CreateAsync(serverConnection, "bench_rebuild");
        using var host = await MartenHost.StartAsync(connectionString);
        var store = (DocumentStore)host.Services.GetRequiredService<IDocumentStore>();

        var streams = Math.Max(1, options.RebuildEvents / EventsPerStream);
        var seed = Stopwatch.StartNew();
        for (var first = 0; first < streams; first += StreamsPerChunk)
        {
            var chunk = Enumerable.Range(first, Math.Min(StreamsPerChunk, streams - first))
                .Select((number, index) => History(store, number, index, options.VillagesPerCounty))
                .ToList();
            await store.BulkInsertEventsAsync(chunk, batchSize: 10_000);
        }

        seed.Stop();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var events = await Databases.ScalarAsync(connection, $"select count(*) from {HttpCommandBench.Schema}.mt_events");
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  bulk-loaded {events:N0} events of {streams:N0} villages in {seed.Elapsed.TotalSeconds:0.0} s; vacuum analyze..."));
        await using (var vacuum = new NpgsqlCommand($"vacuum analyze {HttpCommandBench.Schema}.mt_events", connection))
        {
            vacuum.CommandTimeout = 600;
            await vacuum.ExecuteNonQueryAsync();
        }

        var rawRead = await RawReadAsync(connection);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  raw read of the events: {rawRead.TotalSeconds:0.0} s; rebuilding..."));

        using var daemon = await store.BuildProjectionDaemonAsync();
        var cpu = new CpuMeter(apiPid: null, postmasterPid);
        var before = cpu.Take();
        // Both at once, as the API's `rebuild` command runs them: the Village state in bulk, the count through the daemon.
        var wall = Stopwatch.StartNew();
        var each = await ProjectionRebuild.RebuildAsync(store, daemon, new HashSet<string>([nameof(Village), nameof(CountyVillageCount)], StringComparer.Ordinal),
            TimeSpan.FromMinutes(30), CancellationToken.None);
        var (villageTook, countyTook) = (each[nameof(Village)], each[nameof(CountyVillageCount)]);
        wall.Stop();
        var used = CpuMeter.Between(before, cpu.Take());
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  rebuilt in {wall.Elapsed.TotalSeconds:0.0} s (Village {villageTook.TotalSeconds:0.0} s, CountyVillageCount {countyTook.TotalSeconds:0.0} s, concurrently)"));

        var documents = await Databases.ScalarAsync(connection, $"select count(*) from {HttpCommandBench.Schema}.mt_doc_village");
        var countyTotal = await Databases.ScalarAsync(connection,
            $"select coalesce(sum((data->>'VillageCount')::bigint), 0) from {HttpCommandBench.Schema}.mt_doc_countyvillagecount");
        var sampleNumber = streams / 2;
        await using var session = store.QuerySession();
        var sample = await session.LoadAsync<Village>(Villages.Nationwide(sampleNumber, options.VillagesPerCounty));
        var sampleCorrect = sample is not null && sample.Version == EventsPerStream
                            && sample.Name == CorrectedName(sampleNumber, EventsPerStream - 1);
        await host.StopAsync();
        return new RebuildResult(events, streams, options.VillagesPerCounty, seed.Elapsed, villageTook, countyTook, wall.Elapsed, rawRead, documents, countyTotal, sampleCorrect, used);
    }

    /// <summary>One village's stream; sequence numbers interleave the chunk's villages round by round.</summary>
    private static StreamAction History(DocumentStore store, int number, int indexInChunk, int perCounty)
    {
        var code = Villages.Nationwide(number, perCounty);
        var registered = new VillageRegistered(code, Villages.Name(number), code[..6], $"基准县{code[..6]}", code[..9],
            $"基准镇{code[6..9]}");
        var stream = new object[EventsPerStream];
        stream[0] = registered;
        for (var i = 1; i < EventsPerStream; i++)
        {
            stream[i] = new VillageNameCorrected(code, CorrectedName(number, i),
                i == 1 ? registered.Name : CorrectedName(number, i - 1), "benchmark: name as corrected by the county office");
        }

        var action = StreamAction.Start(store.Events, code, stream);
        var round = 0;
        foreach (var e in action.Events)
        {
            e.Sequence = ((long)round++ * StreamsPerChunk) + indexInChunk + 1;
            e.UserName = "bench-rebuild";
            e.CorrelationId = "bench-rebuild";
            e.SetHeader(CommandContext.RoleHeader, "operator");
        }

        return action;
    }

    private static string CorrectedName(int number, int correction) =>
        string.Create(CultureInfo.InvariantCulture, $"{Villages.Name(number)}第{correction}版");

    public static async Task<TimeSpan> RawReadAsync(NpgsqlConnection connection)
    {
        var watch = Stopwatch.StartNew();
        await using var command = new NpgsqlCommand(
            $"select seq_id, stream_id, version, type, data from {HttpCommandBench.Schema}.mt_events order by seq_id", connection);
        command.CommandTimeout = 600;
        await using var reader = await command.ExecuteReaderAsync();
        long bytes = 0;
        while (await reader.ReadAsync())
        {
            bytes += reader.GetString(4).Length + reader.GetString(1).Length;
        }

        return bytes >= 0 ? watch.Elapsed : TimeSpan.Zero;
    }
}
