using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Fupin.EventSourced.TestKit;

namespace Fupin.EventSourced.Bench;

/// <summary>An envoy a client registered, the version it last saw, and how many assignments it has sent for it.</summary>
public sealed class OwnEnvoy(string id, long version)
{
    public string Id { get; } = id;
    public long Version { get; set; } = version;
    public int AssignmentsSent { get; set; }
}

/// <summary>An acknowledged assignment; <see cref="Ended"/> once its end was acknowledged.</summary>
public sealed record OwnAssignment(string EnvoyId, string Id, DateOnly From)
{
    public bool Ended { get; set; }
}

/// <summary>
/// One HTTP client of the command runs: its own token, its own villages and envoys and the version it last saw of
/// each. Clients own disjoint streams, so a 412 means the API lost or misreported a version, not a race.
/// </summary>
public sealed class CommandClient : ILoadClient, IDisposable
{
    /// <summary>Every assignment runs two days from a date unique to its envoy, so none can overlap another (409).</summary>
    private static readonly DateOnly FirstAssignmentDay = new(2018, 6, 1);

    private readonly HttpClient _http;
    private readonly int _index;
    private readonly BenchOptions _options;
    private readonly CommandMix _mix;
    private readonly Random _random;
    private readonly List<OwnAssignment> _open = [];
    private int _villagesRegistered;
    private int _envoysRegistered;

    public CommandClient(SocketsHttpHandler handler, Uri baseAddress, int index, BenchOptions options, CommandMix mix)
    {
        _http = new HttpClient(handler, disposeHandler: false) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", TestTokens.For("operator", Villages.City, $"bench-{index.ToString(CultureInfo.InvariantCulture)}"));
        _index = index;
        _options = options;
        _mix = mix;
        _random = new Random(index);
    }

    /// <summary>Village code and the version this client last had acknowledged.</summary>
    public List<(string Code, long Version)> Streams { get; } = [];

    public List<OwnEnvoy> Envoys { get; } = [];

    public List<OwnAssignment> Assignments { get; } = [];

    public async Task PrepareAsync()
    {
        for (var i = 0; i < _options.InitialStreamsPerClient; i++)
        {
            await RegisterVillage();
        }

        for (var i = 0; i < _mix.InitialEnvoysPerClient; i++)
        {
            await RegisterEnvoy();
        }
    }

    public Task<int> NextAsync()
    {
        var pick = _random.NextDouble();
        if ((pick -= _mix.RegisterVillage) < 0 || Streams.Count == 0)
        {
            return RegisterVillage();
        }

        if ((pick -= _mix.CorrectName) < 0)
        {
            return CorrectName(_random.Next(Streams.Count));
        }

        if ((pick -= _mix.RegisterEnvoy) < 0 || Envoys.Count == 0)
        {
            return RegisterEnvoy();
        }

        return (pick -= _mix.AssignEnvoy) < 0 || _open.Count == 0 ? AssignEnvoy() : EndAssignment();
    }

    private async Task<int> RegisterVillage()
    {
        var number = (_villagesRegistered++ * _options.Concurrency) + _index;
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
        else if (await Resync($"/api/villages/{code}") is { } version)
        {
            Streams.Add((code, version));
        }

        return status;
    }

    private async Task<int> CorrectName(int stream)
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
        request.Headers.IfMatch.Add(ETag(version));
        using var response = await _http.SendAsync(request);
        var status = (int)response.StatusCode;
        if (status == 200)
        {
            Streams[stream] = (code, Version(response));
        }
        else if (await Resync($"/api/villages/{code}") is { } current)
        {
            Streams[stream] = (code, current);
        }

        return status;
    }

    private async Task<int> RegisterEnvoy()
    {
        var number = (_envoysRegistered++ * _options.Concurrency) + _index;
        using var content = Json(new
        {
            name = $"基准特派员{number.ToString(CultureInfo.InvariantCulture)}",
            organisation = "淄博市农业科学研究院",
            organisationKind = "ResearchInstitute",
            specialty = "Vegetables",
            title = "高级农艺师",
            phone = string.Create(CultureInfo.InvariantCulture, $"138{number % 100_000_000:D8}"),
            // The city and its counties in turn, as both levels select envoys.
            divisionCode = number % 3 == 0 ? Villages.City : Villages.Code(number)[..6],
            selectedOn = "2018-03-01",
        });
        using var response = await _http.PostAsync("/api/envoys", content);
        var status = (int)response.StatusCode;
        if (status == 201)
        {
            // An unacknowledged registration cannot be found again (the server issues the id): it is not counted.
            Envoys.Add(new OwnEnvoy(await WrittenId(response), Version(response)));
        }

        return status;
    }

    private async Task<int> AssignEnvoy()
    {
        var envoy = Envoys[_random.Next(Envoys.Count)];
        var village = Streams[_random.Next(Streams.Count)].Code;
        // Counted before the answer: an assignment that committed without an answer must not share its dates.
        var from = FirstAssignmentDay.AddDays(2 * envoy.AssignmentsSent++);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/envoys/{envoy.Id}/assignments")
        {
            Content = Json(new { villageCode = village, from, until = from.AddDays(1) }),
        };
        request.Headers.IfMatch.Add(ETag(envoy.Version));
        using var response = await _http.SendAsync(request);
        var status = (int)response.StatusCode;
        if (status == 201)
        {
            envoy.Version = Version(response);
            var assignment = new OwnAssignment(envoy.Id, await WrittenId(response), from);
            Assignments.Add(assignment);
            _open.Add(assignment);
        }
        else
        {
            await ResyncEnvoy(envoy);
        }

        return status;
    }

    private async Task<int> EndAssignment()
    {
        var slot = _random.Next(_open.Count);
        var assignment = _open[slot];
        _open[slot] = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        var envoy = Envoys.First(e => e.Id == assignment.EnvoyId);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/envoys/{envoy.Id}/assignments/{assignment.Id}/end")
        {
            Content = Json(new { on = assignment.From, reason = "benchmark: village merged" }),
        };
        request.Headers.IfMatch.Add(ETag(envoy.Version));
        using var response = await _http.SendAsync(request);
        var status = (int)response.StatusCode;
        if (status == 200)
        {
            envoy.Version = Version(response);
            assignment.Ended = true;
        }
        else
        {
            await ResyncEnvoy(envoy);
        }

        return status;
    }

    private async Task ResyncEnvoy(OwnEnvoy envoy)
    {
        if (await Resync($"/api/envoys/{envoy.Id}") is { } version)
        {
            envoy.Version = version;
        }
    }

    /// <summary>After a refusal or an error, the stream's version as the API now reports it (null: no such stream).</summary>
    private async Task<long?> Resync(string path)
    {
        using var response = await _http.GetAsync(path);
        return response.StatusCode == HttpStatusCode.OK ? Version(response) : null;
    }

    private static long Version(HttpResponseMessage response) =>
        long.Parse(response.Headers.ETag?.Tag.Trim('"') ?? throw new InvalidOperationException("No ETag in the answer."),
            CultureInfo.InvariantCulture);

    private static EntityTagHeaderValue ETag(long version) =>
        new($"\"{version.ToString(CultureInfo.InvariantCulture)}\"");

    private static async Task<string> WrittenId(HttpResponseMessage response)
    {
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
        return body.RootElement.GetProperty("id").GetString() ?? throw new InvalidOperationException("No id in the answer.");
    }

    private static ByteArrayContent Json<T>(T body)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public void Dispose() => _http.Dispose();
}
