using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.PersonalData;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Registering;
using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Domain.Villages.Registering;
using Fupin.EventSourced.Projections.Households;
using Fupin.EventSourced.Projections.Villages;
using Fupin.EventSourced.TestKit;
using JasperFx.Events;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Fupin.EventSourced.Bench;

/// <summary>The village household list at national scale: the seed, the rebuild of the household read models, the timed lists.</summary>
public sealed record NationalHouseholdsResult(
    int Households, int Villages, long Persons, long Events, TimeSpan Seed, TimeSpan RawRead,
    TimeSpan Rebuild, TimeSpan HouseholdRebuild, TimeSpan HeadIdentityRebuild, TimeSpan VillageRebuild, TimeSpan YearCountsRebuild,
    long HouseholdDocuments, long HeadIdentityDocuments, long VillageDocuments, long PersonKeys, CpuUsage RebuildCpu,
    LoadResult Baseline, LoadResult Operator, LoadResult Analyst, int ExpectedPerVillage, int OperatorAnswered, int AnalystAnswered,
    bool OperatorInClear, bool AnalystMasked, long ViewsRecorded, long OperatorBytes, long AnalystBytes)
{
    public bool Consistent => HouseholdDocuments == Households && HeadIdentityDocuments == Households && VillageDocuments == Villages
                              && PersonKeys == Persons && OperatorInClear && AnalystMasked
                              && OperatorAnswered == ExpectedPerVillage && AnalystAnswered == ExpectedPerVillage
                              && Baseline.Acknowledged > 0 && Operator.Acknowledged > 0 && Analyst.Acknowledged > 0;

    public IEnumerable<string> Rows()
    {
        var b = Baseline;
        foreach (var (who, load, answered, bytes) in new[]
                 {
                     ("operator of the county (in clear: unseals every person, records the view)", Operator, OperatorAnswered, OperatorBytes),
                     ("analyst (masked)", Analyst, AnalystAnswered, AnalystBytes),
                 })
        {
            yield return F($"| Village household list at national scale, {who}: GET /api/villages/{{code}}/households ({answered} households of 2–4 persons each; {Households:N0} households in {Villages:N0} villages; {load.Clients} client) | ") +
                         F($"p50 {load.P50Ms:0.0} ms, p99 {load.P99Ms:0.0} ms, {load.PerSecond:0} answers/s, {bytes:N0} bytes each | ") +
                         F($"GET one village (same villages): p50 {b.P50Ms:0.0} ms, p99 {b.P99Ms:0.0} ms | p99 {load.P99Ms / b.P99Ms:0.0}× | — | — |");
        }

        yield return F($"| Rebuild of the household read models at national scale (Household and HeadIdentity inline, Village inline, HouseholdYearCounts async; concurrently) over {Events:N0} events | ") +
                     F($"{Rebuild.TotalSeconds:0.0} s wall, {Events / Rebuild.TotalSeconds:N0} events/s (Household {HouseholdRebuild.TotalSeconds:0.0} s, HeadIdentity {HeadIdentityRebuild.TotalSeconds:0.0} s, Village {VillageRebuild.TotalSeconds:0.0} s, HouseholdYearCounts {YearCountsRebuild.TotalSeconds:0.0} s) | ") +
                     F($"raw read of the events {Events / RawRead.TotalSeconds:N0} events/s | {RawRead.TotalSeconds / Rebuild.TotalSeconds:0.00}× | — | — |");
    }

    public string Note() =>
        F($"- Households at national scale: seeded in {Seed.TotalSeconds:0.0} s ({Events:N0} events through Marten's BulkInsertEventsAsync, {Persons:N0} person keys by COPY; each person's values sealed with their own key and the key wrapped with the test master key, as the API does); ") +
        F($"after the rebuild {HouseholdDocuments:N0} Household, {HeadIdentityDocuments:N0} HeadIdentity and {VillageDocuments:N0} Village documents, {PersonKeys:N0} person keys ({(Consistent ? "as seeded; operator answers in clear, analyst answers masked" : "**NOT as seeded, or an answer was wrong**")}); ") +
        F($"{ViewsRecorded:N0} views in clear recorded during the operator's figure (warm-up included: one row per household shown). CPU during the rebuild: {RebuildCpu.Describe().Replace("load generator", "bench process (Marten daemon)", StringComparison.Ordinal)}. ") +
        F($"Answers: baseline {Baseline.Acknowledged}, operator {Operator.Acknowledged} (max {Operator.MaxMs:0} ms, {LoadResult.Mix(Operator.StatusesMeasured)}), analyst {Analyst.Acknowledged} (max {Analyst.MaxMs:0} ms, {LoadResult.Mix(Analyst.StatusesMeasured)}).");

    private static string F(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Seeds a national household register directly (villages, households of 2–4 persons sealed as the API seals them,
/// head identities, person keys), rebuilds the read models as <c>projections rebuild</c> does, then times the
/// village household list as an operator and as an analyst against GET one village on the published API.
/// </summary>
public static class NationalHouseholdsBench
{
    private const int VillagesPerCounty = 100;
    private const int HouseholdsPerChunk = 10_000;
    private const int SampleVillages = 200;

    public static async Task<NationalHouseholdsResult> RunAsync(string serverConnection, BenchOptions options, int? postmasterPid, TextWriter log)
    {
        var (householdCount, villageCount) = (options.NationalHouseholds, options.NationalHouseholdVillages);
        var connectionString = await Databases.CreateAsync(serverConnection, "bench_households_national");
        var schema = HttpCommandBench.Schema;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        TimeSpan seed, rawRead, wall, householdTook, identityTook, villageTook, countsTook;
        CpuUsage used;
        long persons = 0;
        using (var host = await MartenHost.StartAsync(connectionString, personalData: true))
        {
            var store = (DocumentStore)host.Services.GetRequiredService<IDocumentStore>();
            var protector = host.Services.GetRequiredService<PersonalDataProtector>();
            var keysTable = host.Services.GetRequiredService<PersonKeysTable>();
            var seeding = Stopwatch.StartNew();
            await BulkLoadAsync(store, [.. Enumerable.Range(0, villageCount).Select(v => VillageStream(store.Events, v))]);

            // Generating (sealing) the next chunk overlaps loading the current one: the two cores share the work.
            Task<Chunk> next = Task.Run(() => Generate(store.Events, protector, 0, Math.Min(HouseholdsPerChunk, householdCount), villageCount));
            for (var first = 0; first < householdCount; first += HouseholdsPerChunk)
            {
                var chunk = await next;
                var after = first + HouseholdsPerChunk;
                next = after < householdCount
                    ? Task.Run(() => Generate(store.Events, protector, after, Math.Min(after + HouseholdsPerChunk, householdCount), villageCount))
                    : Task.FromResult<Chunk>(new([], []));
                await BulkLoadAsync(store, chunk.Streams);
                await CopyKeysAsync(connection, keysTable.Name, chunk.Keys);
                persons += chunk.Keys.Count;
                if ((after / HouseholdsPerChunk) % 20 == 0)
                {
                    await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {after:N0} households after {seeding.Elapsed.TotalSeconds:0} s"));
                }
            }

            seed = seeding.Elapsed;
            await Execute(connection, $"vacuum analyze {schema}.mt_events");
            var loaded = await Databases.ScalarAsync(connection, $"select count(*) from {schema}.mt_events");
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  seeded {loaded:N0} events and {persons:N0} person keys in {seed.TotalSeconds:0.0} s"));
            rawRead = await RebuildBench.RawReadAsync(connection);

            using var daemon = await store.BuildProjectionDaemonAsync();
            var cpu = new CpuMeter(apiPid: null, postmasterPid);
            var before = cpu.Take();
            var clock = Stopwatch.StartNew();
            var household = Timed(() => daemon.RebuildProjectionAsync<Household>(TimeSpan.FromMinutes(30), CancellationToken.None));
            var identity = Timed(() => daemon.RebuildProjectionAsync<HeadIdentity>(TimeSpan.FromMinutes(30), CancellationToken.None));
            var village = Timed(() => daemon.RebuildProjectionAsync<Village>(TimeSpan.FromMinutes(30), CancellationToken.None));
            var counts = Timed(() => daemon.RebuildProjectionAsync<HouseholdYearCounts>(TimeSpan.FromMinutes(30), CancellationToken.None));
            // Left unbuilt, the API's daemon would build it during the timed queries.
            var countyCounts = Timed(() => daemon.RebuildProjectionAsync<CountyVillageCount>(TimeSpan.FromMinutes(30), CancellationToken.None));
            (householdTook, identityTook, villageTook, countsTook) = (await household, await identity, await village, await counts);
            await countyCounts;
            wall = clock.Elapsed;
            used = CpuMeter.Between(before, cpu.Take());
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  rebuilt in {wall.TotalSeconds:0.0} s (Household {householdTook.TotalSeconds:0.0} s, HeadIdentity {identityTook.TotalSeconds:0.0} s, Village {villageTook.TotalSeconds:0.0} s, HouseholdYearCounts {countsTook.TotalSeconds:0.0} s)"));
            await host.StopAsync();
        }

        await Execute(connection, $"vacuum analyze {schema}.mt_doc_household, {schema}.mt_doc_headidentity, {schema}.mt_doc_village, {schema}.person_keys");
        var events = await Databases.ScalarAsync(connection, $"select count(*) from {schema}.mt_events");
        var householdDocuments = await Databases.ScalarAsync(connection, $"select count(*) from {schema}.mt_doc_household");
        var identityDocuments = await Databases.ScalarAsync(connection, $"select count(*) from {schema}.mt_doc_headidentity");
        var villageDocuments = await Databases.ScalarAsync(connection, $"select count(*) from {schema}.mt_doc_village");
        var keys = await Databases.ScalarAsync(connection, $"select count(*) from {schema}.person_keys where wrapped_key is not null");

        await using var api = await HttpCommandBench.StartApiAsync(connectionString, options.ApiEnvironment, log);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.QueryClients * 2, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        // Villages spread over the register, all in one county's neighbourhood of codes: the first village of every
        // (villageCount / SampleVillages)th; the operator's token is for each village's county, so one per county.
        var sample = Enumerable.Range(0, Math.Min(SampleVillages, villageCount)).Select(i => i * (villageCount / Math.Min(SampleVillages, villageCount)) / VillagesPerCounty * VillagesPerCounty)
            .Distinct().Select(v => Village(v)).ToList();
        var expected = householdCount / villageCount;
        var operatorTokens = sample.ToDictionary(v => v, v => TestTokens.For("operator", v[..6], "bench-national-operator"), StringComparer.Ordinal);
        var analyst = TestTokens.For("analyst", null, "bench-national-analyst");

        var baseline = await TimeAsync(handler, api.BaseAddress, "GET one village (baseline)", sample, _ => analyst, v => $"/api/villages/{v}", options);
        var (operatorAnswered, inClear, operatorBytes) = await CheckAsync(handler, api.BaseAddress, operatorTokens[sample[0]], sample[0], masked: false);
        var viewsBefore = await Databases.ScalarAsync(connection, $"select count(*) from {schema}.personal_data_views");
        var operatorLoad = await TimeAsync(handler, api.BaseAddress, "village households, operator", sample, v => operatorTokens[v], v => $"/api/villages/{v}/households", options);
        var views = await Databases.ScalarAsync(connection, $"select count(*) from {schema}.personal_data_views") - viewsBefore;
        var (analystAnswered, masked, analystBytes) = await CheckAsync(handler, api.BaseAddress, analyst, sample[0], masked: true);
        var analystLoad = await TimeAsync(handler, api.BaseAddress, "village households, analyst", sample, _ => analyst, v => $"/api/villages/{v}/households", options);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  GET one village p99 {baseline.P99Ms:0.0} ms; households as operator p50 {operatorLoad.P50Ms:0.0} ms, p99 {operatorLoad.P99Ms:0.0} ms; as analyst p50 {analystLoad.P50Ms:0.0} ms, p99 {analystLoad.P99Ms:0.0} ms"));
        if (api.HasExited || analystLoad.Acknowledged == 0 || operatorLoad.Acknowledged == 0)
        {
            // Seen once at 1,000,000 households: no analyst answer ended inside the window. Say what the API said.
            var output = api.Output;
            await log.WriteLineAsync($"  A FIGURE HAS NO ANSWERS (API exited: {api.HasExited}); the API's last output:\n{output[Math.Max(0, output.Length - 3000)..]}");
        }

        await api.StopAsync();

        return new NationalHouseholdsResult(householdCount, villageCount, persons, events, seed, rawRead, wall, householdTook, identityTook, villageTook, countsTook,
            householdDocuments, identityDocuments, villageDocuments, keys, used, baseline, operatorLoad, analystLoad, expected,
            operatorAnswered, analystAnswered, inClear, masked, views, operatorBytes, analystBytes);
    }

    private sealed record Chunk(List<StreamAction> Streams, List<(string PersonId, byte[] Wrapped)> Keys);

    public static string Village(int number) => Villages.Nationwide(number, VillagesPerCounty);

    private static StreamAction VillageStream(EventGraph events, int number)
    {
        var code = Village(number);
        return Tagged(StreamAction.Start(events, code, [new VillageRegistered(code, $"基准村{code}", code[..6], $"基准县{code[..6]}", code[..9], $"基准镇{code[6..9]}")]), typeof(Village));
    }

    /// <summary>
    /// Households [first, last): household i lives in village i mod villages and has 2–4 persons (head, spouse, one
    /// or two children), sealed with their own keys; its head's identity is claimed in the head-identity stream.
    /// </summary>
    private static Chunk Generate(EventGraph events, PersonalDataProtector protector, int first, int last, int villages)
    {
        var streams = new List<StreamAction>((last - first) * 2);
        var keys = new List<(string, byte[])>((last - first) * 3);
        for (var i = first; i < last; i++)
        {
            var village = Village(i % villages);
            var county = village[..6];
            var id = new Guid(i, 0, 0x7100, 0x80, 0, 0, 0, 0, 0, 0, 0).ToString();
            var people = 2 + (i % 3);
            var personIds = Enumerable.Range(0, people).Select(j => new Guid(i, (short)j, 0x7101, 0x80, 0, 0, 0, 0, 0, 0, 0).ToString()).ToList();
            var (ring, store) = protector.NewKeys(personIds);
            foreach (var write in store)
            {
                keys.Add(((string)write.Arguments[0], (byte[])write.Arguments[1]));
            }

            // Identity numbers: 4 per household at most, all distinct in the register.
            string Number(int j) => CommandClient.IdentityNumber(county, (4 * i) + j);
            ProtectedPerson Person(int j, Relation? relation, int birthYear) => new(personIds[j],
                PersonalDataProtector.Seal(ring, personIds[j], (j == 0 ? "张" : "李") + i.ToString(CultureInfo.InvariantCulture)),
                PersonalDataProtector.Seal(ring, personIds[j], Number(j)),
                j == 0 ? PersonalDataProtector.Seal(ring, personIds[j], string.Create(CultureInfo.InvariantCulture, $"139{i % 100_000_000:D8}")) : null,
                relation, birthYear);
            var head = Person(0, null, IdentityNumbers.BirthYear(Number(0)));
            List<ProtectedPerson> members = [Person(1, Relation.Spouse, 1982), .. Enumerable.Range(2, people - 2).Select(j => Person(j, Relation.Child, 2005 + j))];
            var lookup = protector.Lookup(Number(0));
            streams.Add(Tagged(StreamAction.Start(events, id, [new HouseholdRegistered(id, village, HouseholdCategory.RegisteredPoor, head, members,
                [PovertyCause.Illness, PovertyCause.LackOfSkills], 2014 + (i % 4))]), typeof(Household)));
            streams.Add(Tagged(StreamAction.Start(events, HeadIdentity.StreamId(lookup), [new HeadIdentityClaimed(lookup, id)]), typeof(HeadIdentity)));
        }

        return new Chunk(streams, keys);
    }

    private static StreamAction Tagged(StreamAction action, Type aggregate)
    {
        action.AggregateType = aggregate;
        foreach (var e in action.Events)
        {
            e.UserName = "bench-national";
            e.CorrelationId = "bench-national";
            e.SetHeader(CommandContext.RoleHeader, "operator");
        }

        return action;
    }

    private static async Task BulkLoadAsync(DocumentStore store, List<StreamAction> actions)
    {
        for (var i = 0; i < actions.Count; i++)
        {
            foreach (var e in actions[i].Events)
            {
                e.Sequence = i + 1; // only the order counts: Marten draws the real numbers in this order
            }
        }

        await store.BulkInsertEventsAsync(actions, batchSize: 10_000);
    }

    private static async Task CopyKeysAsync(NpgsqlConnection connection, string table, List<(string PersonId, byte[] Wrapped)> keys)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"copy {table} (person_id, wrapped_key, created_at) from stdin (format binary)");
        var now = DateTimeOffset.UtcNow;
        foreach (var (personId, wrapped) in keys)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(personId, NpgsqlDbType.Varchar);
            await writer.WriteAsync(wrapped, NpgsqlDbType.Bytea);
            await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
        }

        await writer.CompleteAsync();
    }

    /// <summary>One answer, checked: how many households, whether the head's identity number is in clear or masked.</summary>
    private static async Task<(int Answered, bool AsExpected, long Bytes)> CheckAsync(SocketsHttpHandler handler, Uri baseAddress, string token, string village, bool masked)
    {
        using var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.GetAsync($"/api/villages/{village}/households");
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET /api/villages/{village}/households answered {(int)response.StatusCode}: {body}");
        }

        using var document = JsonDocument.Parse(body);
        var households = document.RootElement.EnumerateArray().ToList();
        var right = households.Count > 0 && households.All(h =>
        {
            var number = h.GetProperty("head").GetProperty("identityNumber").GetString() ?? "";
            return masked ? number.Contains("********", StringComparison.Ordinal) : IdentityNumbers.IsValid(number);
        });
        return (households.Count, right, body.Length);
    }

    private static async Task<LoadResult> TimeAsync(SocketsHttpHandler handler, Uri baseAddress, string label, IReadOnlyList<string> villages,
        Func<string, string> token, Func<string, string> path, BenchOptions options)
    {
        var clients = Enumerable.Range(0, options.QueryClients).Select(i => new RotatingClient(handler, baseAddress, villages, token, path, i)).ToList();
        var load = await ClosedLoad.RunAsync(label, clients, options.QueryWarmup, options.QueryDuration);
        clients.ForEach(c => c.Dispose());
        return load;
    }

    private static async Task<TimeSpan> Timed(Func<Task> rebuild)
    {
        var clock = Stopwatch.StartNew();
        await rebuild();
        return clock.Elapsed;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 1200 };
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A client that asks for the next of a list of villages each time, with the token that village needs.</summary>
    private sealed class RotatingClient(SocketsHttpHandler handler, Uri baseAddress, IReadOnlyList<string> villages,
        Func<string, string> token, Func<string, string> path, int start) : ILoadClient, IDisposable
    {
        private readonly HttpClient _http = new(handler, disposeHandler: false) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        private int _next = start;

        public Task PrepareAsync() => Task.CompletedTask;

        public async Task<int> NextAsync()
        {
            var village = villages[_next++ % villages.Count];
            using var request = new HttpRequestMessage(HttpMethod.Get, path(village));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token(village));
            using var response = await _http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            return (int)response.StatusCode;
        }

        public void Dispose() => _http.Dispose();
    }
}
