using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Villages.CorrectingName;
using Fupin.EventSourced.Domain.Villages.Registering;
using Fupin.EventSourced.TestKit;

namespace Fupin.EventSourced.Faults.Tests.Infrastructure;

/// <summary>
/// Client loops that register villages under fresh codes and correct the names of villages they registered,
/// each sending one request at a time to the listed nodes, and record every answer. They behave as a careful
/// client does: a registration whose answer was not definite (503, connection cut) is sent again with the same
/// code until it is (201, or 409 if the first one did commit); after a correction whose answer was not definite,
/// or a 412, the village is read again for its version. They do not wait out Retry-After: they probe the outage.
/// Some of the loops can be <see cref="KeyedClient"/>s instead, which send every command with an Idempotency-Key.
/// </summary>
public sealed class VillageLoad : IAsyncDisposable
{
    /// <summary>The city every client is scoped to; its counties get the villages in turn.</summary>
    public const string City = "370300";

    public static IReadOnlyDictionary<string, string> Counties { get; } = new Dictionary<string, string>
    {
        ["370302"] = "淄川区",
        ["370303"] = "张店区",
        ["370304"] = "博山区",
        ["370305"] = "临淄区",
        ["370306"] = "周村区",
    };

    private static readonly string[] CountyCodes = [.. Counties.Keys];
    private static readonly TimeSpan Backoff = TimeSpan.FromMilliseconds(150);
    private static int _serial;

    private readonly ApiNodes _nodes;
    private readonly RequestRecorder _recorder;
    private readonly KeyedClient[] _keyedClients;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loops;

    private VillageLoad(ApiNodes nodes, int clients, int keyedClients, Stopwatch clock)
    {
        _nodes = nodes;
        _recorder = new RequestRecorder(clock);
        var careful = clients - keyedClients;
        _keyedClients = [.. Enumerable.Range(careful, keyedClients).Select(client => new KeyedClient(client, nodes, _recorder, clock))];
        _loops = Task.WhenAll(Enumerable.Range(0, careful).Select(client => Task.Run(() => RunClient(client)))
            .Concat(_keyedClients.Select(keyed => Task.Run(() => keyed.RunAsync(_stop.Token)))));
    }

    /// <summary>
    /// Starts <paramref name="clients"/> loops, <paramref name="keyedClients"/> of them <see cref="KeyedClient"/>s;
    /// they run until <see cref="StopAsync"/>.
    /// </summary>
    public static VillageLoad Start(ApiNodes nodes, int clients, Stopwatch clock, int keyedClients = 0) =>
        new(nodes, clients, Math.Clamp(keyedClients, 0, clients), clock);

    /// <summary>Requests answered (or failed) so far.</summary>
    public int Recorded => _recorder.Count;

    /// <summary>What the keyed clients sent, each command with all its attempts; complete once <see cref="StopAsync"/> returned.</summary>
    public IReadOnlyList<KeyedCommand> KeyedCommands => [.. _keyedClients.SelectMany(keyed => keyed.Commands)];

    /// <summary>
    /// Lets each loop finish the request it is sending (a keyed client: the command it is sending, to a definite
    /// answer or its deadline), then returns every outcome in the order sent.
    /// </summary>
    public async Task<IReadOnlyList<Outcome>> StopAsync()
    {
        await _stop.CancelAsync();
        await _loops;
        return _recorder.InOrderSent();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
        }

        await _loops.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task RunClient(int client)
    {
        var token = TestTokens.For(Roles.Operator, City, $"fault-client-{client}");
        var clients = new Dictionary<ApiNode, HttpClient>();
        var random = new Random(client);
        var villages = new List<KnownVillage>();
        RegisterVillage? unsure = null;
        var corrections = 0;

        try
        {
            for (long request = 0; !_stop.IsCancellationRequested; request++)
            {
                var node = _nodes.Pick(client, request);
                if (!clients.TryGetValue(node, out var http))
                {
                    http = node.Process.CreateClient(token);
                    clients[node] = http;
                }

                var stale = villages.Find(v => v.NeedsRead);
                var ready = villages.Where(v => !v.NeedsRead).ToList();
                Outcome outcome;
                if (unsure is not null)
                {
                    outcome = await Register(client, node, http, unsure, CommandKind.RetryRegister);
                    unsure = Registered(outcome, unsure, villages);
                }
                else if (stale is not null)
                {
                    outcome = await Read(client, node, http, stale);
                    if (outcome.Status == 404)
                    {
                        // An acknowledged village that is not there: the assertions report it; stop asking.
                        villages.Remove(stale);
                    }
                }
                else if (ready.Count > 0 && random.NextDouble() < 0.3)
                {
                    var village = ready[random.Next(ready.Count)];
                    outcome = await Correct(client, node, http, village, $"{village.Code[6..]}更正村{++corrections}");
                }
                else
                {
                    var command = NewRegistration();
                    outcome = await Register(client, node, http, command, CommandKind.Register);
                    unsure = Registered(outcome, command, villages);
                }

                if (outcome.IsUnavailable || outcome.NoAnswer)
                {
                    await Task.Delay(Backoff, _stop.Token);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var http in clients.Values)
            {
                http.Dispose();
            }
        }
    }

    /// <summary>
    /// Takes a freshly started node through every path the load uses (register, correct, read, county list), a few
    /// clients at once, so the fault lands on a process already serving at speed rather than on its first requests.
    /// </summary>
    public static async Task WarmUpAsync(ApiNode node)
    {
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async client =>
        {
            using var http = node.Process.CreateClient(TestTokens.For(Roles.Operator, City, $"warm-up-{client}"));
            for (var round = 0; round < 3; round++)
            {
                var command = NewRegistration();
                (await http.PostAsJsonAsync("/api/villages", command)).EnsureSuccessStatusCode();
                using var correction = new HttpRequestMessage(HttpMethod.Post, $"/api/villages/{command.Code}/name-corrections")
                {
                    Content = JsonContent.Create(new CorrectVillageName(command.Name + "更正", "warm-up")),
                };
                correction.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
                (await http.SendAsync(correction)).EnsureSuccessStatusCode();
                (await http.GetAsync($"/api/villages/{command.Code}")).EnsureSuccessStatusCode();
                (await http.GetAsync("/api/counties")).EnsureSuccessStatusCode();
            }
        }));
    }

    /// <summary>A registration under a village code no other request in this test process uses.</summary>
    public static RegisterVillage NewRegistration()
    {
        var serial = Interlocked.Increment(ref _serial);
        var county = CountyCodes[serial % CountyCodes.Length];
        var code = county + serial.ToString("D6", CultureInfo.InvariantCulture);
        return new RegisterVillage(code, $"测试{code[6..]}村", Counties[county], "注滋口镇");
    }

    /// <summary>Tracks a registration's answer; returns the command when it must be sent again.</summary>
    private static RegisterVillage? Registered(Outcome outcome, RegisterVillage command, List<KnownVillage> villages)
    {
        if (outcome.Status == 201)
        {
            villages.Add(new KnownVillage(command.Code, outcome.Version ?? 1, command.Name));
        }
        else if (outcome is { Status: 409, ErrorCode: "village.already-registered", Kind: CommandKind.RetryRegister })
        {
            // The first attempt did commit; its version is unknown until read.
            villages.Add(new KnownVillage(command.Code, 0, command.Name) { NeedsRead = true });
        }
        else if (outcome.IsUnavailable || outcome.NoAnswer)
        {
            return command;
        }

        return null;
    }

    private Task<Outcome> Register(int client, ApiNode node, HttpClient http, RegisterVillage command, CommandKind kind) =>
        _recorder.SendAsync(client, node, http, kind, command.Code, command.Name, ifMatch: null,
            () => new HttpRequestMessage(HttpMethod.Post, "/api/villages") { Content = JsonContent.Create(command) });

    private async Task<Outcome> Correct(int client, ApiNode node, HttpClient http, KnownVillage village, string name)
    {
        var outcome = await _recorder.SendAsync(client, node, http, CommandKind.Correct, village.Code, name, village.Version, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/villages/{village.Code}/name-corrections")
            {
                Content = JsonContent.Create(new CorrectVillageName(name, "fault test correction")),
            };
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{village.Version.ToString(CultureInfo.InvariantCulture)}\"");
            return request;
        });

        if (outcome is { Status: 200, Version: { } version })
        {
            village.Version = version;
            village.Name = name;
        }
        else
        {
            // 412 or no definite answer: the village may have moved on; read it before correcting it again.
            village.NeedsRead = true;
        }

        return outcome;
    }

    private async Task<Outcome> Read(int client, ApiNode node, HttpClient http, KnownVillage village)
    {
        var outcome = await _recorder.SendAsync(client, node, http, CommandKind.Read, village.Code, name: null, ifMatch: null,
            () => new HttpRequestMessage(HttpMethod.Get, $"/api/villages/{village.Code}"));
        if (outcome is { Status: 200, Version: { } version, AnsweredName: { } name })
        {
            village.Version = version;
            village.Name = name;
            village.NeedsRead = false;
        }

        return outcome;
    }

    private sealed class KnownVillage(string code, long version, string name)
    {
        public string Code { get; } = code;
        public long Version { get; set; } = version;
        public string Name { get; set; } = name;
        public bool NeedsRead { get; set; }
    }
}
