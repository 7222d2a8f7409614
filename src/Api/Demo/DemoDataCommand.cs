using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.Assigning;
using Fupin.EventSourced.Domain.Envoys.Registering;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Indicators;
using Fupin.EventSourced.Domain.Indicators.Defining;
using Fupin.EventSourced.Domain.Plans.DrawingUp;
using Fupin.EventSourced.Domain.Plans.Revising;
using Fupin.EventSourced.Domain.Plans.Targeting;
using Fupin.EventSourced.Domain.Villages.Registering;
using JasperFx.CommandLine;

namespace Fupin.EventSourced.Api.Demo;

public sealed class DemoDataInput : NetCoreInput
{
    [Description("Base address of the running API")]
    public string UrlFlag { get; set; } = "http://localhost:5000";
}

/// <summary>
/// <c>dotnet Fupin.EventSourced.Api.dll demo-data --url http://localhost:5000</c> loads the demonstration dataset
/// through the REST API of a running service, exactly as a client would: every command is an HTTP request with a
/// bearer token (signed with the configured key, as <c>dev-token</c> does) and an <c>Idempotency-Key</c>, so a
/// rerun replays the stored answers instead of writing twice. Seed 001: the city of Zibo's 2018–2020 plan (240
/// envoys selected and all 474 key villages covered in 2018, 2,000 farmers trained a year); seed 003: the 2021–2025
/// plan (about 1,500 envoys and 100 projects by 2025). Actuals are what the commands on main can record: villages,
/// envoys and their assignments.
/// </summary>
[Description("Loads the demonstration dataset (seeds 001 and 003) through the running API", Name = "demo-data")]
public sealed class DemoDataCommand : JasperFxAsyncCommand<DemoDataInput>
{
    private const string City = "370300";

    /// <summary>Zibo's districts and counties (淄博市), with their 2018 share of the 474 key villages (seed 001).</summary>
    private static readonly (string Code, string Name, int KeyVillages)[] Counties =
    [
        ("370302", "淄川区", 80), ("370303", "张店区", 24), ("370304", "博山区", 66), ("370305", "临淄区", 48),
        ("370306", "周村区", 36), ("370321", "桓台县", 42), ("370322", "高青县", 70), ("370323", "沂源县", 108),
    ];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public override async Task<bool> Execute(DemoDataInput input)
    {
        using var host = input.BuildHost();
        var issuer = host.Services.GetRequiredService<TokenIssuer>();
        using var admin = Client(input.UrlFlag, issuer.Issue("demo-admin", Roles.Admin, null, TimeSpan.FromHours(2)));
        using var clerk = Client(input.UrlFlag, issuer.Issue("demo-clerk", Roles.Operator, City, TimeSpan.FromHours(2)));

        await DefineIndicatorsAsync(admin);
        var plan2018 = await PlanAsync(admin, new DrawUpPlan("淄博市科技扶贫三年行动计划（2018—2020年）", City, 2018, 2020, "淄博市科技扶贫三年行动计划", new DateOnly(2018, 2, 1)),
            ("envoys-selected", 180, [240, 30, 30]),
            ("key-villages-covered", 300, [474, 474, 474]),
            ("farmers-trained", 1500, [2000, 2000, 2000]));
        await SendAsync(admin, $"/api/plans/{plan2018}/target-revisions",
            new ReviseTarget("envoys-selected", 2019, 40, "2019年增补选派：新增特色产业村", new DateOnly(2019, 6, 1)), "demo:revise:2019", ifMatch: "\"4\"");
        var plan2021 = await PlanAsync(admin, new DrawUpPlan("淄博市“十四五”科技助力乡村振兴规划（2021—2025年）", City, 2021, 2025, "淄博市“十四五”规划", new DateOnly(2021, 3, 1)),
            ("envoys-selected", 40, [300, 300, 300, 300, 300]),
            ("projects-supported", 10, [20, 20, 20, 20, 20]));

        var villages = await VillagesAsync(clerk);
        await EnvoysAsync(clerk, villages);
        Console.WriteLine($"Loaded. Try: GET {input.UrlFlag}/api/plans/{plan2018}/progress/{City}/years/2018 (and /api/plans/{plan2021}/progress/{City}).");
        return true;
    }

    private static async Task DefineIndicatorsAsync(HttpClient admin)
    {
        DefineIndicator[] indicators =
        [
            new("envoys-selected", "选派科技特派员", "Envoys selected", "人", Measure.Count, Direction.MoreIsBetter, new(Figure.EnvoysSelected, null)),
            new("key-villages-covered", "覆盖重点村", "Key villages covered", "个", Measure.Count, Direction.MoreIsBetter, new(null, DerivedMeasure.KeyVillagesCovered)),
            new("farmers-trained", "培训农民", "Farmers trained", "人次", Measure.Count, Direction.MoreIsBetter,
                new(Figure.FarmersTrained, null, Figure.FarmersTrainedFromPoorHouseholds, "其中贫困户")),
            new("projects-supported", "支持科技项目", "Projects supported", "项", Measure.Count, Direction.MoreIsBetter, new(Figure.ProjectsSupported, null)),
            new("execution-rate", "资金执行率", "Funds execution rate", "%", Measure.Percentage, Direction.MoreIsBetter, new(null, DerivedMeasure.ExecutionRate)),
            new("answer-hours", "平均答复时长", "Average answer time", "小时", Measure.Count, Direction.LessIsBetter, new(null, DerivedMeasure.AverageAnswerHours)),
        ];
        foreach (var indicator in indicators)
        {
            await SendAsync(admin, "/api/indicators", indicator, $"demo:indicator:{indicator.Code}", alreadyDone: HttpStatusCode.Conflict);
        }
    }

    private static async Task<string> PlanAsync(HttpClient admin, DrawUpPlan plan, params (string Indicator, decimal Baseline, decimal[] Targets)[] targets)
    {
        var planId = await SendAsync(admin, "/api/plans", plan, $"demo:plan:{plan.FirstYear}");
        foreach (var (indicator, baseline, values) in targets)
        {
            await SendAsync(admin, $"/api/plans/{planId}/targets",
                new SetIndicatorTargets(indicator, new YearValue(plan.FirstYear - 1, baseline),
                    [.. values.Select((v, i) => new YearValue(plan.FirstYear + i, v))], plan.AdoptedOn),
                $"demo:targets:{plan.FirstYear}:{indicator}");
        }

        return planId;
    }

    /// <summary>The 474 key villages of seed 001, numbered within invented townships of each county.</summary>
    private static async Task<List<string>> VillagesAsync(HttpClient clerk)
    {
        var codes = new List<string>();
        foreach (var (county, name, count) in Counties)
        {
            for (var i = 0; i < count; i++)
            {
                var township = 100 + (i / 20) + 1;
                var code = string.Create(CultureInfo.InvariantCulture, $"{county}{township:D3}{(i % 20) + 1:D3}");
                codes.Add(code);
                await SendAsync(clerk, "/api/villages",
                    new RegisterVillage(code, $"{name}示范{i + 1}村", name, $"{name}第{township - 100}镇"), $"demo:village:{code}",
                    alreadyDone: HttpStatusCode.Conflict);
            }
        }

        return codes;
    }

    /// <summary>
    /// 240 envoys selected in March 2018, each paired with two key villages so every one of the 474 is covered in 2018
    /// (seed 001); 25 more in 2019 (the 2019 target was revised to 40, so 2019 is not met); 310 a year in 2021 and 2022.
    /// </summary>
    private static async Task EnvoysAsync(HttpClient clerk, List<string> villages)
    {
        var specialties = Enum.GetValues<Specialty>();
        for (var i = 0; i < 240; i++)
        {
            var county = Counties[i % Counties.Length].Code;
            var envoyId = await SendAsync(clerk, "/api/envoys", Envoy(i, county, new DateOnly(2018, 3, 1), specialties), $"demo:envoy:2018:{i}");
            foreach (var village in new[] { villages[i * 2 % villages.Count], villages[((i * 2) + 1) % villages.Count] })
            {
                await SendAsync(clerk, $"/api/envoys/{envoyId}/assignments", new AssignEnvoy(village, new DateOnly(2018, 3, 15)),
                    $"demo:assign:{i}:{village}");
            }
        }

        foreach (var (year, count) in new[] { (2019, 25), (2021, 310), (2022, 310) })
        {
            for (var i = 0; i < count; i++)
            {
                await SendAsync(clerk, "/api/envoys", Envoy(i, Counties[i % Counties.Length].Code, new DateOnly(year, 4, 1), specialties), $"demo:envoy:{year}:{i}");
            }
        }
    }

    private static RegisterEnvoy Envoy(int i, string county, DateOnly on, Specialty[] specialties) =>
        new($"特派员{on.Year}{i + 1:D3}", "淄博市农业科学研究院", OrganisationKind.ResearchInstitute, specialties[i % specialties.Length], "农艺师",
            string.Create(CultureInfo.InvariantCulture, $"138{on.Year % 100:D2}{i:D6}"), county, on);

    private static HttpClient Client(string url, string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// One command: its idempotency key makes a rerun answer from the stored response; 429 and 503 wait their
    /// <c>Retry-After</c>. Returns the written id.
    /// </summary>
    private static async Task<string> SendAsync<T>(HttpClient client, string path, T body, string key, HttpStatusCode? alreadyDone = null, string? ifMatch = null)
    {
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json) };
            request.Headers.Add("Idempotency-Key", key);
            if (ifMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            }

            using var response = await client.SendAsync(request);
            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }

            if (response.StatusCode == alreadyDone)
            {
                return "";
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            using var written = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return written.RootElement.GetProperty("id").GetString()!;
        }
    }
}
