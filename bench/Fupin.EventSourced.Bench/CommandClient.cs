using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Fupin.EventSourced.Domain;
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

/// <summary>A household a client registered: its head's identity number, the version it last saw, the steps it has taken.</summary>
public sealed class OwnHousehold(string id, string headIdentityNumber, long version)
{
    public string Id { get; } = id;
    public string HeadIdentityNumber { get; } = headIdentityNumber;
    public long Version { get; set; } = version;
    public int Steps { get; set; }
}

/// <summary>A training or consultation a client recorded, and the version it last saw.</summary>
public sealed class OwnStream(string id, long version)
{
    public string Id { get; } = id;
    public long Version { get; set; } = version;
}

/// <summary>
/// One HTTP client of the command runs: its own token, its own villages and envoys and the version it last saw of
/// each. Clients own disjoint streams, so a 412 means the API lost or misreported a version, not a race.
/// </summary>
public sealed class CommandClient : ILoadClient, IDisposable
{
    /// <summary>Every assignment runs two days from a date unique to its envoy, so none can overlap another (409).</summary>
    private static readonly DateOnly FirstAssignmentDay = new(2018, 6, 1);

    private static readonly string[] Causes = ["Illness", "LackOfSkills"];

    private readonly HttpClient _http;
    private readonly int _index;
    private readonly BenchOptions _options;
    private readonly CommandMix _mix;
    private readonly Random _random;
    private readonly List<OwnAssignment> _open = [];
    private int _villagesRegistered;
    private int _envoysRegistered;
    private int _householdsRegistered;
    private readonly List<OwnHousehold> _walking = [];
    private readonly List<OwnStream> _unanswered = [];
    private int _questionsAsked;

    /// <summary>
    /// The exit path every household of the household mix walks, one step per command, with business dates in order
    /// (the notice runs the minimum 7 days and more before the county approves).
    /// </summary>
    public static readonly (string Step, string On)[] ExitPath =
    [
        ("ProposeExit", "2019-05-01"), ("PassVillageReview", "2019-05-10"), ("StartPublicNotice", "2019-05-15"),
        ("ApproveExit", "2019-05-25"), ("MarkExited", "2019-06-01"), ("StartMonitoring", "2019-06-02"),
        ("ReleaseFromMonitoring", "2020-06-01"),
    ];

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

    public List<OwnHousehold> Households { get; } = [];

    public List<OwnStream> Trainings { get; } = [];

    public List<OwnStream> Consultations { get; } = [];

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

        if (_mix.HasFieldWork)
        {
            if ((pick -= _mix.RecordTraining) < 0)
            {
                return RecordTraining();
            }

            return (pick -= _mix.AskConsultation) < 0 || _unanswered.Count == 0 ? AskConsultation() : AnswerConsultation();
        }

        if ((pick -= _mix.RegisterHousehold) < 0)
        {
            return RegisterHousehold();
        }

        if ((pick -= _mix.StepHousehold) < 0 || (_mix.HasHouseholds && _mix.RegisterEnvoy == 0))
        {
            return _walking.Count == 0 ? RegisterHousehold() : StepHousehold();
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

    /// <summary>
    /// A valid 18-character identity number no other client or household of the run has: the county of the village,
    /// a birth date and a sequence number drawn from <paramref name="number"/>, and the check character.
    /// </summary>
    public static string IdentityNumber(string county, int number)
    {
        var born = new DateOnly(1950, 1, 1).AddDays(number / 1000 % 18_000);
        var first17 = county + born.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (number % 1000).ToString("D3", CultureInfo.InvariantCulture);
        return first17 + IdentityNumbers.CheckCharacter(first17);
    }

    /// <summary>The body of a household registration: a head and one member (spouse), both with valid identity numbers.</summary>
    public static ByteArrayContent HouseholdBody(string villageCode, string headIdentityNumber, string memberIdentityNumber, int number) => Json(new
    {
        villageCode,
        head = new
        {
            name = "张" + number.ToString(CultureInfo.InvariantCulture),
            identityNumber = headIdentityNumber,
            phone = string.Create(CultureInfo.InvariantCulture, $"139{number % 100_000_000:D8}"),
        },
        members = new[]
        {
            new { name = "李" + number.ToString(CultureInfo.InvariantCulture), relation = "Spouse", identityNumber = memberIdentityNumber, birthYear = 1982 },
        },
        causes = Causes,
        registrationYear = 2016,
    });

    private async Task<int> RegisterHousehold()
    {
        // Even numbers are heads, odd ones their spouses: every identity number of the run is distinct.
        var number = (_householdsRegistered++ * _options.Concurrency) + _index;
        var village = Streams[_random.Next(Streams.Count)].Code;
        var head = IdentityNumber(village[..6], 2 * number);
        using var content = HouseholdBody(village, head, IdentityNumber(village[..6], (2 * number) + 1), number);
        using var response = await _http.PostAsync("/api/households", content);
        var status = (int)response.StatusCode;
        if (status == 201)
        {
            var household = new OwnHousehold(await WrittenId(response), head, Version(response));
            Households.Add(household);
            _walking.Add(household);
        }

        return status;
    }

    private async Task<int> StepHousehold()
    {
        var slot = _random.Next(_walking.Count);
        var household = _walking[slot];
        var (step, on) = ExitPath[household.Steps];
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/households/{household.Id}/lifecycle-steps")
        {
            Content = Json(new { step, on, documentReference = "bench" }),
        };
        request.Headers.IfMatch.Add(ETag(household.Version));
        using var response = await _http.SendAsync(request);
        var status = (int)response.StatusCode;
        if (status == 200)
        {
            household.Version = Version(response);
            household.Steps++;
        }
        else if (await Resync($"/api/households/{household.Id}") is { } version)
        {
            // Unacknowledged: the step may have committed all the same; the stream's version says which.
            household.Steps += (int)(version - household.Version);
            household.Version = version;
        }

        if (household.Steps >= ExitPath.Length)
        {
            _walking[slot] = _walking[^1];
            _walking.RemoveAt(_walking.Count - 1);
        }

        return status;
    }

    private async Task<int> RecordTraining()
    {
        var first = _random.Next(Streams.Count);
        var second = (first + 1 + _random.Next(Streams.Count - 1)) % Streams.Count;
        var envoy = Envoys[_random.Next(Envoys.Count)];
        using var content = Json(new
        {
            heldOn = "2023-04-12",
            place = Streams[first].Code[..9],
            topic = "大棚蔬菜病虫害绿色防控",
            kind = "Field",
            envoyIds = new[] { envoy.Id },
            experts = new[] { new { name = "李明", organisation = "山东农业大学" } },
            farmersTrained = 40,
            farmersTrainedFromPoorHouseholds = 12,
            villageCodes = new[] { Streams[first].Code, Streams[second].Code },
        });
        using var response = await _http.PostAsync("/api/trainings", content);
        var status = (int)response.StatusCode;
        if (status == 201)
        {
            Trainings.Add(new OwnStream(await WrittenId(response), Version(response)));
        }

        return status;
    }

    private static readonly string[] Channels = ["Phone", "InPerson", "Online"];

    private async Task<int> AskConsultation()
    {
        // An hour ago in China, so the answer (now) comes after it and neither lies in the future.
        var askedAt = DateTimeOffset.UtcNow.AddHours(-1).ToOffset(TimeSpan.FromHours(8));
        using var content = Json(new
        {
            villageCode = Streams[_random.Next(Streams.Count)].Code,
            channel = Channels[_questionsAsked++ % Channels.Length],
            field = "Vegetables",
            question = "大棚黄瓜叶片发黄怎么办",
            askedAt,
            askedOn = DateOnly.FromDateTime(askedAt.DateTime),
        });
        using var response = await _http.PostAsync("/api/consultations", content);
        var status = (int)response.StatusCode;
        if (status == 201)
        {
            var consultation = new OwnStream(await WrittenId(response), Version(response));
            Consultations.Add(consultation);
            _unanswered.Add(consultation);
        }

        return status;
    }

    private async Task<int> AnswerConsultation()
    {
        var slot = _random.Next(_unanswered.Count);
        var consultation = _unanswered[slot];
        _unanswered[slot] = _unanswered[^1];
        _unanswered.RemoveAt(_unanswered.Count - 1);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/consultations/{consultation.Id}/answer")
        {
            Content = Json(new { answeredAt = DateTimeOffset.UtcNow, expertName = "李明", expertOrganisation = "山东农业大学", answer = "控水，补施镁肥" }),
        };
        request.Headers.IfMatch.Add(ETag(consultation.Version));
        using var response = await _http.SendAsync(request);
        var status = (int)response.StatusCode;
        if (status == 200)
        {
            consultation.Version = Version(response);
        }
        else if (await Resync($"/api/consultations/{consultation.Id}") is { } version)
        {
            consultation.Version = version;
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

    public static ByteArrayContent Json<T>(T body)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public void Dispose() => _http.Dispose();
}
