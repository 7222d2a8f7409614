using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.Assigning;
using Fupin.EventSourced.Domain.Envoys.Registering;
using Fupin.EventSourced.Domain.Villages.CorrectingName;
using Fupin.EventSourced.TestKit;

namespace Fupin.EventSourced.Faults.Tests.Infrastructure;

/// <summary>
/// A client loop that sends every command with a fresh <c>Idempotency-Key</c> and, whenever no definite answer
/// came (connection refused or cut, timeout, 503), sends it again with the same key and the same body bytes after a
/// short pause, until one does or <see cref="RetryDeadline"/> passes. It never reads to learn what happened: the key
/// answers that. Its mix includes commands a blind retry would apply twice: an envoy's registration and an
/// assignment get server-issued ids. Now and then it sends an answered command again, as a client that lost the
/// answer would, to see the replay.
/// </summary>
public sealed class KeyedClient
{
    /// <summary>
    /// How long a command is retried before the client gives up on it (it is then "unresolved"). Long enough for a
    /// replacement process to start on a busy machine (19 s was seen at a load average of 30); a command answered
    /// sooner stops retrying sooner, so the bound costs nothing when the restart is quick.
    /// </summary>
    public static readonly TimeSpan RetryDeadline = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(150);
    private const double RepeatShare = 0.1;
    private static readonly DateOnly SelectedOn = new(2018, 3, 1);
    private static readonly DateOnly AssignedFrom = new(2018, 6, 1);

    private static readonly JsonSerializerOptions BodyJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private static int _serial;

    private readonly int _client;
    private readonly string _user;
    private readonly ApiNodes _nodes;
    private readonly RequestRecorder _recorder;
    private readonly Stopwatch _clock;
    private readonly Random _random;
    private readonly Dictionary<ApiNode, HttpClient> _http = [];
    private readonly List<KeyedCommand> _commands = [];
    private readonly Dictionary<string, long> _villages = new(StringComparer.Ordinal);
    private readonly List<string> _unassignedVillages = [];
    private readonly List<string> _envoys = [];
    private long _request;

    public KeyedClient(int client, ApiNodes nodes, RequestRecorder recorder, Stopwatch clock)
    {
        _client = client;
        _user = $"fault-keyed-client-{client.ToString(CultureInfo.InvariantCulture)}";
        _nodes = nodes;
        _recorder = recorder;
        _clock = clock;
        _random = new Random(client);
    }

    /// <summary>The commands it sent; read it once the loop has ended.</summary>
    public IReadOnlyList<KeyedCommand> Commands => _commands;

    /// <summary>
    /// Sends commands one at a time until <paramref name="stop"/>; a command already sent is still carried to a
    /// definite answer (or its deadline), so none is left half-known because the test stopped.
    /// </summary>
    public async Task RunAsync(CancellationToken stop)
    {
        var token = TestTokens.For(Roles.Operator, VillageLoad.City, _user);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var command = Next();
                _commands.Add(command);
                await SendUntilAnsweredAsync(command, token);
                Learn(command);
                if (command.Acknowledged && _random.NextDouble() < RepeatShare)
                {
                    await SendUntilAnsweredAsync(command, token);
                }
            }
        }
        finally
        {
            foreach (var http in _http.Values)
            {
                http.Dispose();
            }
        }
    }

    private KeyedCommand Next()
    {
        var roll = _random.NextDouble();
        if (_envoys.Count == 0 || roll < 0.2)
        {
            var name = $"特派员{Interlocked.Increment(ref _serial).ToString(CultureInfo.InvariantCulture)}";
            return New(CommandKind.RegisterEnvoy, name, name, envoyId: null, "/api/envoys",
                new RegisterEnvoy(name, "淄博市农业科学研究院", OrganisationKind.ResearchInstitute, Specialty.Vegetables,
                    "高级农艺师", "13812341234", VillageLoad.City, SelectedOn));
        }

        if (roll < 0.35 && _unassignedVillages.Count > 0)
        {
            var village = Take(_unassignedVillages);
            var envoy = _envoys[_random.Next(_envoys.Count)];
            return New(CommandKind.AssignEnvoy, village, name: null, envoy, $"/api/envoys/{envoy}/assignments",
                new AssignEnvoy(village, AssignedFrom));
        }

        if (roll < 0.55 && _villages.Count > 0)
        {
            var (code, version) = _villages.ElementAt(_random.Next(_villages.Count));
            var name = $"{code[6..]}键更正{Interlocked.Increment(ref _serial).ToString(CultureInfo.InvariantCulture)}";
            return New(CommandKind.Correct, code, name, envoyId: null, $"/api/villages/{code}/name-corrections",
                new CorrectVillageName(name, "fault test keyed correction"), version);
        }

        var registration = VillageLoad.NewRegistration();
        return New(CommandKind.Register, registration.Code, registration.Name, envoyId: null, "/api/villages", registration);
    }

    private KeyedCommand New<T>(CommandKind kind, string subject, string? name, string? envoyId, string path, T body, long? ifMatch = null) =>
        new(_client, _user, kind, Guid.NewGuid().ToString(), subject, name, envoyId, path,
            JsonSerializer.SerializeToUtf8Bytes(body, BodyJson), ifMatch);

    private string Take(List<string> list)
    {
        var index = _random.Next(list.Count);
        var taken = list[index];
        list.RemoveAt(index);
        return taken;
    }

    private async Task SendUntilAnsweredAsync(KeyedCommand command, string token)
    {
        var deadline = _clock.Elapsed + RetryDeadline;
        while (true)
        {
            var node = _nodes.Pick(_client, _request++);
            if (!_http.TryGetValue(node, out var http))
            {
                http = node.Process.CreateClient(token);
                _http[node] = http;
            }

            var attempt = await _recorder.SendAsync(_client, node, http, command.Kind, command.Subject, command.Name,
                command.IfMatch, () => Request(command), command.Key);
            command.Add(attempt);
            if (attempt.IsDefinite || _clock.Elapsed >= deadline)
            {
                return;
            }

            // Not cancelled by the test's stop: the command was sent and may have been applied.
            await Task.Delay(Pause, CancellationToken.None);
        }
    }

    private static HttpRequestMessage Request(KeyedCommand command)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, command.Path)
        {
            Content = new ReadOnlyMemoryContent(command.Body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json", "utf-8") } },
        };
        if (command.IfMatch is { } version)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{version.ToString(CultureInfo.InvariantCulture)}\"");
        }

        return request;
    }

    /// <summary>What the client knows after a command: only its definite answer counts.</summary>
    private void Learn(KeyedCommand command)
    {
        var answer = command.Answer;
        switch (command.Kind)
        {
            case CommandKind.Register when answer is { IsSuccess: true }:
                _villages[command.Subject] = answer.Version ?? 1;
                _unassignedVillages.Add(command.Subject);
                break;
            case CommandKind.RegisterEnvoy when answer is { IsSuccess: true, AnsweredId: { } envoyId }:
                _envoys.Add(envoyId);
                break;
            case CommandKind.Correct when answer is { IsSuccess: true, Version: { } version }:
                _villages[command.Subject] = version;
                break;
            case CommandKind.Correct:
                // Unresolved or refused: the village's version is unknown, and this client never reads.
                _villages.Remove(command.Subject);
                break;
        }
    }
}
