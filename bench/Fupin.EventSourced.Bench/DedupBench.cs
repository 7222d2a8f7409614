using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Fupin.EventSourced.TestKit;
using Npgsql;

namespace Fupin.EventSourced.Bench;

/// <summary>One phase of the de-duplication run: rounds of one POST per client, all sent at once.</summary>
public sealed record DedupPhase(string Label, int Rounds, int Requests, TimeSpan Elapsed, double P50Ms, double P99Ms, double MaxMs, IReadOnlyDictionary<int, long> Statuses)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;
    public double RoundsPerSecond => Rounds / Elapsed.TotalSeconds;
}

/// <summary>The de-duplicated registration under concurrent duplicates, against the same rounds with distinct heads.</summary>
public sealed record DedupResult(
    int Clients, DedupPhase Distinct, DedupPhase Duplicates, int HeadsWithOneCreated, int HeadsWithAllOthers409NamingIt,
    int HeadIdentityStreamsRight, long HouseholdsStored, long HouseholdsAcknowledged, TimeSpan Warmup)
{
    public bool Consistent => HeadsWithOneCreated == Duplicates.Rounds && HeadsWithAllOthers409NamingIt == Duplicates.Rounds
                              && HeadIdentityStreamsRight == Duplicates.Rounds && HouseholdsStored == HouseholdsAcknowledged;

    public string Row(double? raw)
    {
        var d = Duplicates;
        var u = Distinct;
        var ratio = d.RequestsPerSecond / u.RequestsPerSecond;
        var rawRatio = raw is { } r ? string.Create(CultureInfo.InvariantCulture, $" ({d.RequestsPerSecond / r:0.00}× raw {r:0} tx/s)") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"| Household registration under concurrent duplicates ({d.Rounds} heads, each POSTed by all {Clients} clients at once in different villages; group commit) | ") +
            string.Create(CultureInfo.InvariantCulture,
                $"{d.RequestsPerSecond:0} requests/s ({d.RoundsPerSecond:0.0} heads/s), p50 {d.P50Ms:0.0} ms, p99 {d.P99Ms:0.0} ms per request; {HeadsWithOneCreated} of {d.Rounds} heads with exactly one 201, {HeadsWithAllOthers409NamingIt} with {Clients - 1} × 409 naming it | ") +
            string.Create(CultureInfo.InvariantCulture,
                $"the same rounds with {Clients} distinct heads: {u.RequestsPerSecond:0} registrations/s, p50 {u.P50Ms:0.0} ms, p99 {u.P99Ms:0.0} ms | {ratio:0.00}×{rawRatio} | one household per head | {(Consistent ? "met" : "**not met**")} |");
    }

    public string Note() => string.Create(CultureInfo.InvariantCulture,
        $"- Households de-duplication: {Warmup.TotalSeconds:0} s warm-up of distinct registrations first; statuses distinct rounds {LoadResult.Mix(Distinct.Statuses)} (max {Distinct.MaxMs:0} ms), " +
        $"duplicate rounds {LoadResult.Mix(Duplicates.Statuses)} (max {Duplicates.MaxMs:0} ms); {HeadIdentityStreamsRight} of {Duplicates.Rounds} head-identity streams at version 1 naming the 201's household; " +
        $"{HouseholdsStored:N0} Household documents for {HouseholdsAcknowledged:N0} acknowledged registrations.");
}

/// <summary>
/// Every client registers the same head at the same moment, in a village of its own: the head-identity stream must
/// let exactly one through and refuse the rest with 409 naming it. Timed against the same rounds with distinct heads.
/// </summary>
public static class DedupBench
{
    private const int VillagesPerClient = 4;
    private static int _next;

    public static async Task<DedupResult> RunAsync(string serverConnection, BenchOptions options, TextWriter log)
    {
        var connectionString = await Databases.CreateAsync(serverConnection, "bench_households_dedup");
        await using var api = await HttpCommandBench.StartApiAsync(connectionString, options.ApiEnvironment, log);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency * 2, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false };
        var clients = Enumerable.Range(0, options.Concurrency).Select(i =>
        {
            var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Bearer", TestTokens.For("operator", Villages.City, $"bench-dedup-{i.ToString(CultureInfo.InvariantCulture)}"));
            return http;
        }).ToList();
        var villages = new List<string>[clients.Count];
        for (var c = 0; c < clients.Count; c++)
        {
            villages[c] = [];
            for (var v = 0; v < VillagesPerClient; v++)
            {
                var code = Villages.Code((v * clients.Count) + c);
                using var body = CommandClient.Json(new { code, name = $"去重村{code}", county = $"基准县{code[4..6]}", township = $"基准镇{code[6..9]}" });
                using var response = await clients[c].PostAsync("/api/villages", body);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    throw new InvalidOperationException($"Registering village {code} answered {(int)response.StatusCode}.");
                }

                villages[c].Add(code);
            }
        }

        long acknowledged = 0;
        // Warm-up: every client registers distinct households in a closed loop (the API tiers up the path meanwhile).
        var warmup = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async (http, c) =>
        {
            while (warmup.Elapsed < options.Warmup)
            {
                var (status, _) = await Register(http, villages[c][0], Interlocked.Increment(ref _next));
                if (status == 201)
                {
                    Interlocked.Increment(ref acknowledged);
                }
            }
        }));

        var rounds = options.DedupHeads;
        var (distinct, distinctCreated, _) = await Phase("distinct heads", clients, villages, rounds, duplicate: false);
        acknowledged += distinctCreated;
        var (duplicates, duplicateCreated, answers) = await Phase("duplicate heads", clients, villages, rounds, duplicate: true);
        acknowledged += duplicateCreated;
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  distinct: {distinct.RequestsPerSecond:0} requests/s, p99 {distinct.P99Ms:0.0} ms; duplicates: {duplicates.RequestsPerSecond:0} requests/s, p99 {duplicates.P99Ms:0.0} ms"));

        int oneCreated = 0, allNamed = 0, streamsRight = 0;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var identities = new Dictionary<string, (long Version, string? Household)>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(
                         $"select s.id, s.version, d.data->>'HouseholdId' from {HttpCommandBench.Schema}.mt_streams s left join {HttpCommandBench.Schema}.mt_doc_headidentity d on d.id = s.id where s.id like 'head-identity-%'", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                identities[reader.GetString(0)] = (reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2));
            }
        }

        foreach (var (head, replies) in answers)
        {
            var created = replies.Where(r => r.Status == 201).ToList();
            if (created.Count != 1)
            {
                continue;
            }

            oneCreated++;
            var id = WrittenId(created[0].Body);
            if (replies.Count(r => r.Status == 409 && r.Body.Contains(id, StringComparison.Ordinal)) == clients.Count - 1)
            {
                allNamed++;
            }

            if (identities.TryGetValue(HeadLookup.StreamId(head), out var stored) && stored.Version == 1 && stored.Household == id)
            {
                streamsRight++;
            }
        }

        var households = await Databases.ScalarAsync(connection, $"select count(*) from {HttpCommandBench.Schema}.mt_doc_household");
        clients.ForEach(c => c.Dispose());
        await api.StopAsync();
        return new DedupResult(clients.Count, distinct, duplicates, oneCreated, allNamed, streamsRight, households, acknowledged, options.Warmup);
    }

    private static async Task<(DedupPhase Phase, long Created, List<(string Head, List<(int Status, string Body)> Replies)> Answers)> Phase(
        string label, List<HttpClient> clients, List<string>[] villages, int rounds, bool duplicate)
    {
        var latencies = new List<double>(rounds * clients.Count);
        var statuses = new ConcurrentDictionary<int, long>();
        var answers = new List<(string, List<(int, string)>)>(rounds);
        long created = 0;
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            var shared = Interlocked.Increment(ref _next);
            var replies = await Task.WhenAll(clients.Select(async (http, c) =>
            {
                var number = duplicate ? shared : Interlocked.Increment(ref _next);
                var started = Stopwatch.GetTimestamp();
                var (status, body) = await Register(http, villages[c][(round + 1) % villages[c].Count], number, member: Interlocked.Increment(ref _next));
                return (Status: status, Body: body, Ms: Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }));
            foreach (var reply in replies)
            {
                statuses.AddOrUpdate(reply.Status, 1, (_, n) => n + 1);
                latencies.Add(reply.Ms);
                created += reply.Status == 201 ? 1 : 0;
            }

            if (duplicate)
            {
                answers.Add((Head(villages[0][0], shared), [.. replies.Select(r => (r.Status, r.Body))]));
            }
        }

        var elapsed = clock.Elapsed;
        latencies.Sort();
        double At(double q) => latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
        return (new DedupPhase(label, rounds, latencies.Count, elapsed, At(0.5), At(0.99), latencies[^1], statuses.ToDictionary()), created, answers);
    }

    /// <summary>The head's identity number: the same county (the city's first) whatever village it is registered in.</summary>
    private static string Head(string anyVillage, int number) => CommandClient.IdentityNumber(anyVillage[..4] + "01", 2 * number);

    private static async Task<(int Status, string Body)> Register(HttpClient http, string village, int number, int? member = null)
    {
        var head = Head(village, number);
        using var content = CommandClient.HouseholdBody(village, head, CommandClient.IdentityNumber(village[..4] + "01", (2 * (member ?? number)) + 1), number);
        using var response = await http.PostAsync("/api/households", content);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string WrittenId(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("id").GetString()!;
    }
}
