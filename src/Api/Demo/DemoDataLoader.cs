using System.Diagnostics;
using System.Globalization;
using System.Net;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Consultations;
using Fupin.EventSourced.Domain.Consultations.Answering;
using Fupin.EventSourced.Domain.Consultations.Asking;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.Assigning;
using Fupin.EventSourced.Domain.Envoys.Registering;
using Fupin.EventSourced.Domain.Experts.Groups;
using Fupin.EventSourced.Domain.Experts.Registering;
using Fupin.EventSourced.Domain.FieldWork.Activities.Recording;
using Fupin.EventSourced.Domain.FieldWork.Brochures.Distributing;
using Fupin.EventSourced.Domain.FieldWork.DemandSurveys.Recording;
using Fupin.EventSourced.Domain.FieldWork.NewsReports.Recording;
using Fupin.EventSourced.Domain.FieldWork.Recognitions;
using Fupin.EventSourced.Domain.FieldWork.Recognitions.Recognising;
using Fupin.EventSourced.Domain.FieldWork.Technologies.Introducing;
using Fupin.EventSourced.Domain.Parks;
using Fupin.EventSourced.Domain.Parks.Pairing;
using Fupin.EventSourced.Domain.Parks.Radiating;
using Fupin.EventSourced.Domain.Parks.RecordingJobs;
using Fupin.EventSourced.Domain.Parks.Registering;
using Fupin.EventSourced.Domain.Platforms;
using Fupin.EventSourced.Domain.Platforms.Founding;
using Fupin.EventSourced.Domain.Plans.Revising;
using Fupin.EventSourced.Domain.Plans.Targeting;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Registering;
using Fupin.EventSourced.Domain.Projects.Transacting;
using Fupin.EventSourced.Domain.Technologies;
using Fupin.EventSourced.Domain.Trainings;
using Fupin.EventSourced.Domain.Trainings.Recording;
using Fupin.EventSourced.Domain.Villages.Registering;
using ActivityKind = Fupin.EventSourced.Domain.FieldWork.Activities.ActivityKind;

namespace Fupin.EventSourced.Api.Demo;

/// <summary>What a load did: the two plans' ids, the requests sent and how long it took.</summary>
public sealed record DemoLoad(string Plan2018Id, string Plan2021Id, int Requests, TimeSpan Elapsed);

/// <summary>
/// Loads the demonstration dataset through the REST API, exactly as a client would (see <see cref="DemoDataCommand"/>):
/// indicators and the two city plans with their targets (<see cref="DemoPlans"/>), the 474 key villages and their
/// envoys, then every year's actuals (<see cref="DemoYear"/>). Each county's commands are sent by that county's
/// operator (finance for its projects), the city's by the city's; every request carries an idempotency key naming
/// what it is, so a rerun is answered from the stored answers: ids the server issued (an envoy, a training, a
/// project) are taken from the answers, first or stored, never guessed.
/// </summary>
public sealed class DemoDataLoader(DemoSender sender, decimal consultationScale = 1m)
{
    /// <summary>Seed 002's county, which the demo places in 沂源县: its 2023 project books are the seed's.</summary>
    public const string AnchorCounty = "370323";

    /// <summary>Zibo's districts and counties (淄博市): their 2018 share of the 474 key villages and of the 240 envoys (seed 001).</summary>
    public static IReadOnlyList<(string Code, string Name, int KeyVillages, int Envoys2018)> Counties { get; } =
    [
        ("370302", "淄川区", 80, 41), ("370303", "张店区", 24, 12), ("370304", "博山区", 66, 33), ("370305", "临淄区", 48, 24),
        ("370306", "周村区", 36, 18), ("370321", "桓台县", 42, 21), ("370322", "高青县", 70, 35), ("370323", "沂源县", 108, 56),
    ];

    private static readonly DemoCaller Admin = new("demo-admin", Roles.Admin, null);
    private static readonly DemoCaller CityClerk = Clerk(DemoPlans.City);

    private static readonly string[] Topics =
        ["大棚蔬菜病虫害绿色防控", "苹果矮砧密植栽培", "生态畜禽健康养殖", "道地中药材栽培", "小麦玉米高产栽培", "猕猴桃整形修剪", "农村电商实用技术"];

    private static readonly string[] Questions =
        ["大棚黄瓜叶片发黄怎么办", "苹果树腐烂病如何防治", "仔猪腹泻用什么办法", "小麦条锈病怎么打药", "猕猴桃冬季怎样修剪", "土鸡苗冬季如何保温", "中药材连作障碍怎么解决"];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "孙", "周", "吴"];
    private static readonly string[] GivenNames = ["建国", "秀英", "志强", "海燕", "文军", "桂兰", "国庆", "红梅", "立新", "春生"];

    private static readonly string[] GroupNames = ["粮食", "蔬菜", "林果", "畜牧", "水产", "农业良种", "经济作物"];

    private readonly Dictionary<string, List<string>> _villages = [];
    private readonly Dictionary<string, List<string>> _envoys2018 = [];

    public async Task<DemoLoad> LoadAsync()
    {
        var clock = Stopwatch.StartNew();
        await DemoSender.EachAsync(DemoPlans.Indicators, i =>
            sender.SendAsync(Admin, "/api/indicators", i, $"demo:indicator:{i.Code}", alreadyDone: HttpStatusCode.Conflict));
        var plan2018 = await PlanAsync(DemoPlans.Plan2018, DemoPlans.Targets2018);
        await sender.SendAsync(Admin, $"/api/plans/{plan2018}/target-revisions",
            new ReviseTarget("envoys-selected", 2019, DemoPlans.Envoys2019Revised, "2019年增补选派：新增特色产业村", new DateOnly(2019, 6, 1)),
            "demo:revise:2019", ifMatch: $"\"{1 + DemoPlans.Targets2018.Count}\"");
        var plan2021 = await PlanAsync(DemoPlans.Plan2021, DemoPlans.Targets2021);

        await DemoSender.EachAsync(Counties, VillagesAsync);
        await DemoSender.EachAsync(Counties, c => Envoys2018Async(c.Code, c.Envoys2018));
        await Task.WhenAll(
            DemoSender.EachAsync(DemoYear.All.Where(y => y.Year > 2018), LaterEnvoysAsync),
            ExpertsAsync(),
            ParksAsync());
        await DemoSender.EachAsync(DemoYear.All, year => Task.WhenAll(
            TrainingsAsync(year), ConsultationsAsync(year), FieldFactsAsync(year), PlatformsAsync(year), ProjectsAsync(year)));
        return new DemoLoad(plan2018, plan2021, sender.Sent, clock.Elapsed);
    }

    private static DemoCaller Clerk(string division) => new($"demo-clerk-{division}", Roles.Operator, division);

    private static DemoCaller Finance(string division) => new($"demo-finance-{division}", Roles.Finance, division);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    /// <summary><paramref name="total"/> split over <paramref name="parts"/> as evenly as whole numbers go, the larger parts first.</summary>
    private static int Share(int total, int parts, int index) => (total / parts) + (index < total % parts ? 1 : 0);

    private async Task<string> PlanAsync(Domain.Plans.DrawingUp.DrawUpPlan plan, IReadOnlyList<DemoTargets> targets)
    {
        var planId = await sender.SendAsync(Admin, "/api/plans", plan, $"demo:plan:{plan.FirstYear}");
        foreach (var target in targets)
        {
            await sender.SendAsync(Admin, $"/api/plans/{planId}/targets",
                new SetIndicatorTargets(target.Indicator, new YearValue(plan.FirstYear - 1, target.Baseline),
                    [.. target.Targets.Select(t => new YearValue(t.Key, t.Value))], plan.AdoptedOn),
                $"demo:targets:{plan.FirstYear}:{target.Indicator}");
        }

        return planId;
    }

    /// <summary>The 474 key villages of seed 001, numbered within invented townships of each county.</summary>
    private async Task VillagesAsync((string Code, string Name, int KeyVillages, int Envoys2018) county)
    {
        var codes = Enumerable.Range(0, county.KeyVillages)
            .Select(i => (Index: i, Township: 101 + (i / 20), Code: Invariant($"{county.Code}{101 + (i / 20):D3}{(i % 20) + 1:D3}"))).ToList();
        lock (_villages)
        {
            _villages[county.Code] = [.. codes.Select(c => c.Code)];
        }

        await DemoSender.EachAsync(codes, c => sender.SendAsync(Clerk(county.Code), "/api/villages",
            new RegisterVillage(c.Code, $"{county.Name}示范{c.Index + 1}村", county.Name, $"{county.Name}第{c.Township - 100}镇"),
            $"demo:village:{c.Code}", alreadyDone: HttpStatusCode.Conflict));
    }

    private List<string> VillagesOf(string county) => _villages[county];

    /// <summary>
    /// Seed 001's 240 envoys, selected on 1 March 2018 by their counties, each paired from 15 March with two key
    /// villages of its county, so all 474 are covered in 2018 (a county with more envoys than half its villages
    /// pairs the extra ones with villages already covered).
    /// </summary>
    private async Task Envoys2018Async(string county, int count)
    {
        var first = Counties.TakeWhile(c => c.Code != county).Sum(c => c.Envoys2018);
        var villages = VillagesOf(county);
        var ids = await DemoSender.EachAsync(Enumerable.Range(0, count), async j =>
        {
            var envoyId = await sender.SendAsync(Clerk(county), "/api/envoys",
                Envoy(first + j, county, Day(2018, 3, 1)), $"demo:envoy:2018:{county}:{j}");
            foreach (var village in new[] { villages[2 * j % villages.Count], villages[((2 * j) + 1) % villages.Count] })
            {
                await sender.SendAsync(Clerk(county), $"/api/envoys/{envoyId}/assignments", new AssignEnvoy(village, Day(2018, 3, 15)),
                    $"demo:assign:{envoyId}:{village}");
            }

            return envoyId;
        });
        lock (_envoys2018)
        {
            _envoys2018[county] = [.. ids];
        }
    }

    /// <summary>Envoys selected on 1 April of the later years, by the counties in turn (seed 003: about 1,500 by 2025).</summary>
    private Task LaterEnvoysAsync(DemoYear year) =>
        DemoSender.EachAsync(Enumerable.Range(0, year.Envoys), i =>
        {
            var county = Counties[i % Counties.Count].Code;
            return sender.SendAsync(Clerk(county), "/api/envoys", Envoy(i, county, Day(year.Year, 4, 1)), $"demo:envoy:{year.Year}:{i}");
        });

    private static RegisterEnvoy Envoy(int i, string county, DateOnly on) =>
        new($"特派员{on.Year}{i + 1:D3}", "淄博市农业科学研究院", OrganisationKind.ResearchInstitute, (Specialty)(i % 7), "农艺师",
            Invariant($"138{on.Year % 100:D2}{i:D6}"), county, on);

    /// <summary>
    /// Seed 001's expert service team: 56 experts kept by the city, in 7 professional groups formed in April 2018,
    /// each led by one of them; a few more experts join in 2019 and 2020.
    /// </summary>
    private async Task ExpertsAsync()
    {
        var experts = DemoYear.All.SelectMany(y => Enumerable.Range(0, y.Experts).Select(i => (y.Year, Index: i))).ToList();
        var ids = await DemoSender.EachAsync(experts, e => sender.SendAsync(CityClerk, "/api/experts",
            new RegisterExpert($"{Surnames[e.Index % 10]}{GivenNames[(e.Index / 10) % 10]}{(e.Year == 2018 ? "" : "（增补）")}", "山东农业大学",
                "研究员", (Specialty)(e.Index % 7), Invariant($"139{e.Year % 100:D2}{e.Index:D6}"), DemoPlans.City, Day(e.Year, 3, 10)),
            $"demo:expert:{e.Year}:{e.Index}"));
        await DemoSender.EachAsync(Enumerable.Range(0, GroupNames.Length), g => sender.SendAsync(CityClerk, "/api/professional-groups",
            new FormProfessionalGroup($"{GroupNames[g]}专业服务小组", (Specialty)g, DemoPlans.City, ids[g], Day(2018, 4, 1)),
            $"demo:group:{g}"));
    }

    /// <summary>
    /// Seed 001's 8 provincial parks, one per county: each paired with two key villages in 2018 and radiating to five
    /// more, a few more pairings later, and jobs for poor villages every year. One park's commands go one after
    /// another: they write to its one stream.
    /// </summary>
    private Task ParksAsync() =>
        DemoSender.EachAsync(Enumerable.Range(0, Counties.Count), async k =>
        {
            var (county, name, _, _) = Counties[k];
            var villages = VillagesOf(county);
            var parkId = await sender.SendAsync(Clerk(county), "/api/parks",
                new RegisterPark($"山东{name}省级农业科技园区", ParkLevel.Provincial, county), $"demo:park:{county}");
            foreach (var year in DemoYear.All.Where(y => y.ParkPairings > 0 || y.ParkJobs > 0))
            {
                // 2018: every park pairs with villages 0 and 1; later, the first parks with one more village each.
                int[] paired = year.Year == 2018 ? [0, 1] : k < year.ParkPairings ? [year.Year - 2017] : [];
                foreach (var v in paired)
                {
                    await sender.SendAsync(Clerk(county), $"/api/parks/{parkId}/pairings", new PairParkWithVillage(villages[v], Day(year.Year, 5, 1)),
                        $"demo:pairing:{year.Year}:{county}:{v}");
                }

                if (year.Year == 2018)
                {
                    foreach (var v in Enumerable.Range(5, 5))
                    {
                        await sender.SendAsync(Clerk(county), $"/api/parks/{parkId}/radiations", new RecordParkRadiation(villages[v], Day(2018, 6, 1)),
                            $"demo:radiation:{county}:{v}");
                    }
                }

                if (Share(year.ParkJobs, Counties.Count, k) is var jobs and > 0)
                {
                    await sender.SendAsync(Clerk(county), $"/api/parks/{parkId}/jobs", new RecordParkJobs(jobs, Day(year.Year, 10, 15)),
                        $"demo:jobs:{year.Year}:{county}");
                }
            }
        });

    /// <summary>
    /// The year's training sessions, taught by 2018 envoys of the county they are held in, for farmers of two of its
    /// key villages. 2023's first session is seed 002's course: 128 villagers from 64 poor villages (of 沂源县).
    /// </summary>
    private async Task TrainingsAsync(DemoYear year) =>
        await DemoSender.EachAsync(Enumerable.Range(0, year.Trainings), s =>
        {
            RecordTraining training;
            if (year.Year == 2023 && s == 0)
            {
                training = new RecordTraining(Day(2023, 5, 16), VillagesOf(AnchorCounty)[0], "农村科技明白人培训班", TrainingKind.Classroom,
                    [_envoys2018[AnchorCounty][0]], [new("李明", "四川农业大学")], 128, 128, [.. VillagesOf(AnchorCounty).Take(64)]);
            }
            else
            {
                var (sessions, farmers, poor, index) = year.Year == 2023
                    ? (year.Trainings - 1, year.FarmersTrained - 128, year.FromPoorHouseholds - 128, s - 1)
                    : (year.Trainings, year.FarmersTrained, year.FromPoorHouseholds, s);
                var county = Counties[s % Counties.Count].Code;
                var villages = VillagesOf(county);
                var envoys = _envoys2018[county];
                training = new RecordTraining(Day(year.Year, 3 + (s % 9), 10 + (s / 9)), villages[3 * s % villages.Count],
                    Topics[s % Topics.Length], (TrainingKind)(s % 2), [envoys[s % envoys.Count]], [],
                    Share(farmers, sessions, index), Share(poor, sessions, index),
                    [villages[3 * s % villages.Count], villages[((3 * s) + 1) % villages.Count]]);
            }

            return sender.SendAsync(Clerk(Counties.First(c => training.Place.StartsWith(c.Code, StringComparison.Ordinal)).Code),
                "/api/trainings", training, $"demo:training:{year.Year}:{s}");
        });

    /// <summary>
    /// The year's questions, from the key villages of every county in turn, spread from 5 January to mid-December and
    /// each answered 1 to 36 hours later (2023 leaves a dozen awaiting an answer). The first ones came in online, the
    /// rest by phone and in person.
    /// </summary>
    private Task ConsultationsAsync(DemoYear year)
    {
        var (asked, online, unanswered) = year.ConsultationsAt(consultationScale);
        var scale = consultationScale.ToString(CultureInfo.InvariantCulture);
        return DemoSender.EachAsync(Enumerable.Range(0, asked), async i =>
        {
            var county = Counties[i % Counties.Count].Code;
            var villages = VillagesOf(county);
            var askedAt = new DateTimeOffset(year.Year, 1, 5, 8 + (i % 10), 0, 0, ChinaTime.Offset).AddDays((long)i * 340 / asked);
            var question = new AskConsultation(villages[i / Counties.Count % villages.Count],
                i < online ? ConsultationChannel.Online : i / Counties.Count % 2 == 0 ? ConsultationChannel.Phone : ConsultationChannel.InPerson,
                (Specialty)(i % 7), Questions[i % Questions.Length], askedAt, DateOnly.FromDateTime(askedAt.DateTime));
            var consultationId = await sender.SendAsync(Clerk(county), "/api/consultations", question, $"demo:ask:{scale}:{year.Year}:{i}");
            if (i < asked - unanswered)
            {
                await sender.SendAsync(Clerk(county), $"/api/consultations/{consultationId}/answer",
                    new AnswerConsultation(askedAt.AddHours(1 + (i * 7 % 36)), GivenNames[i % 10] + "专家", "淄博市农业科学研究院", "已电话指导，按技术规程处理。"),
                    $"demo:answer:{scale}:{year.Year}:{i}");
            }
        });
    }

    /// <summary>Seed 001's yearly field work: demand surveys by the city, activities, technologies, brochures, news and recognitions by the counties.</summary>
    private async Task FieldFactsAsync(DemoYear year)
    {
        var y = year.Year;
        var brochureBatches = (year.Brochures + 799) / 800;
        await Task.WhenAll(
            DemoSender.EachAsync(Enumerable.Range(0, year.DemandSurveys), i => sender.SendAsync(CityClerk, "/api/demand-surveys",
                new RecordDemandSurvey(DemoPlans.City, Day(y, 3 + (6 * i), 15), 474, "省定扶贫工作重点村产业技术需求调研"), $"demo:survey:{y}:{i}")),
            DemoSender.EachAsync(Enumerable.Range(0, year.Activities), i => sender.SendAsync(Clerk(Counties[i % 8].Code), "/api/activities",
                new RecordActivity(Counties[i % 8].Code, (ActivityKind)(i % 3), "科技扶贫专家基层行", $"{Counties[i % 8].Name}文化广场", Day(y, 3 + (i % 9), 20), 40 + i),
                $"demo:activity:{y}:{i}")),
            DemoSender.EachAsync(Enumerable.Range(0, year.Technologies), i =>
            {
                var county = Counties[i % 8].Code;
                return sender.SendAsync(Clerk(county), "/api/technology-introductions",
                    new IntroduceTechnology(VillagesOf(county)[((i / 8) + 10) % VillagesOf(county).Count], Topics[i % Topics.Length], i % 2 == 0 ? TechnologyKind.Variety : TechnologyKind.Technique,
                        Day(y, 3 + (i % 9), 18)), $"demo:technology:{y}:{i}");
            }),
            DemoSender.EachAsync(Enumerable.Range(0, brochureBatches), i => sender.SendAsync(Clerk(Counties[i % 8].Code), "/api/brochure-distributions",
                new RecordBrochureDistribution(Counties[i % 8].Code, "农业实用技术明白纸", "乡镇农技站", Day(y, 4 + i, 8), Math.Min(800, year.Brochures - (800 * i))),
                $"demo:brochures:{y}:{i}")),
            DemoSender.EachAsync(Enumerable.Range(0, year.NewsReports), i => sender.SendAsync(CityClerk, "/api/news-reports",
                new RecordNewsReport(DemoPlans.City, "科技特派员助力重点村产业发展", "淄博日报", Day(y, 1 + i, 25), Invariant($"https://example.org/zibo-news/{y}/{i + 1}")),
                $"demo:news:{y}:{i}")),
            DemoSender.EachAsync(Enumerable.Range(0, year.TechLeaders + year.DemonstrationHouseholds), i =>
            {
                var county = Counties[i % 8].Code;
                return sender.SendAsync(Clerk(county), "/api/recognitions",
                    new Recognise(VillagesOf(county)[((i / 8) + 20) % VillagesOf(county).Count], i < year.TechLeaders ? RecognitionKind.TechLeader : RecognitionKind.DemonstrationHousehold,
                        Day(y, 12, 10), Name: Surnames[i % 10] + GivenNames[(i / 10) % 10]), $"demo:recognition:{y}:{i}");
            }));
    }

    /// <summary>Seed 001's yearly 星创天地 (national) and 农科驿站 (provincial); from 2021 also envoy work stations (seed 003: about 200 platforms by 2025).</summary>
    private async Task PlatformsAsync(DemoYear year)
    {
        var platforms = Enumerable.Repeat((PlatformKind.StarMakerSpace, PlatformLevel.National, "星创天地"), year.StarMakerSpaces)
            .Concat(Enumerable.Repeat((PlatformKind.AgriStation, PlatformLevel.Provincial, "农科驿站"), year.AgriStations))
            .Concat(Enumerable.Repeat((PlatformKind.EnvoyWorkStation, PlatformLevel.Municipal, "科技特派员工作站"), year.EnvoyWorkStations))
            .Select((p, i) => (p.Item1, p.Item2, p.Item3, Index: i));
        await DemoSender.EachAsync(platforms, p =>
        {
            var (county, name, _, _) = Counties[p.Index % 8];
            return sender.SendAsync(Clerk(county), "/api/platforms",
                new FoundPlatform(Invariant($"{name}{p.Item3}{year.Year}-{p.Index + 1}"), p.Item1, p.Item2, county, Day(year.Year, 4 + (p.Index % 8), 8)),
                $"demo:platform:{year.Year}:{p.Index}");
        });
    }

    /// <summary>
    /// The year's supported projects, registered by the counties' finance offices, each allocated, received and partly
    /// spent (70 %). In 2023 the first is seed 002's: 300,000 allocated, 300,000 received, 30,019 paid by end of July,
    /// and no other project of its county that year, so the county's 2023 books are the seed's.
    /// </summary>
    private Task ProjectsAsync(DemoYear year) =>
        DemoSender.EachAsync(Enumerable.Range(0, year.Projects), async k =>
        {
            var y = year.Year;
            if (y == 2023 && k == 0)
            {
                await AnchorProjectAsync();
                return;
            }

            var county = y == 2023 ? Counties[k % 7].Code : Counties[k % 8].Code;
            var villages = VillagesOf(county);
            var amount = 100_000m + (k % 5 * 20_000m);
            var project = new RegisterProject(Invariant($"{Topics[k % Topics.Length]}示范推广（{y}-{k + 1:D2}）"), county, "区县科技局",
                Day(y, 2, 1), Day(y, 12, 31), [villages[k % villages.Count], villages[(k + 1) % villages.Count]],
                [new(y, BudgetLine.ExpertFees, amount * 0.4m), new(y, BudgetLine.Training, amount * 0.4m), new(y, BudgetLine.Materials, amount * 0.2m)]);
            var caller = Finance(county);
            var projectId = await sender.SendAsync(caller, "/api/projects", project, $"demo:project:{y}:{k}");
            await sender.SendAsync(caller, $"/api/projects/{projectId}/transactions",
                new RecordFundTransaction(FundTransactionType.Allocation, Day(y, 3, 1), amount, "淄博市科学技术局", "区县科技局", null, Invariant($"下-{y}-{k + 1:D3}")),
                $"demo:allocation:{projectId}");
            await sender.SendAsync(caller, $"/api/projects/{projectId}/transactions",
                new RecordFundTransaction(FundTransactionType.Receipt, Day(y, 4, 15), amount, "淄博市科学技术局", "区县科技局", null, Invariant($"收-{y}-{k + 1:D3}")),
                $"demo:receipt:{projectId}");
            await sender.SendAsync(caller, $"/api/projects/{projectId}/disbursements",
                new DisburseFunds(Day(y, 7, 20), amount * 0.4m, "区县科技局", "专家服务费", BudgetLine.ExpertFees, Invariant($"付-{y}-{k + 1:D3}-1")),
                $"demo:disbursement:{projectId}:1");
            await sender.SendAsync(caller, $"/api/projects/{projectId}/disbursements",
                new DisburseFunds(Day(y, 10, 20), amount * 0.3m, "区县科技局", "培训费", BudgetLine.Training, Invariant($"付-{y}-{k + 1:D3}-2")),
                $"demo:disbursement:{projectId}:2");
        });

    /// <summary>Seed 002: "2023年州下达项目资金30万元。到位30万元，截止2023年7月底资金使用30019元".</summary>
    private async Task AnchorProjectAsync()
    {
        var caller = Finance(AnchorCounty);
        var project = new RegisterProject("科技扶贫在线平台运行维护", AnchorCounty, "沂源县科学技术局", Day(2023, 1, 1), Day(2023, 12, 31),
            [.. VillagesOf(AnchorCounty).Take(3)],
            [new(2023, BudgetLine.ExpertFees, 150_000m), new(2023, BudgetLine.InformantFees, 116_000m), new(2023, BudgetLine.Equipment, 34_000m)]);
        var projectId = await sender.SendAsync(caller, "/api/projects", project, "demo:project:2023:seed-002");
        await sender.SendAsync(caller, $"/api/projects/{projectId}/transactions",
            new RecordFundTransaction(FundTransactionType.Allocation, Day(2023, 3, 10), 300_000m, "淄博市科学技术局", "沂源县科学技术局", null, "下-2023-001"),
            $"demo:allocation:{projectId}");
        await sender.SendAsync(caller, $"/api/projects/{projectId}/transactions",
            new RecordFundTransaction(FundTransactionType.Receipt, Day(2023, 4, 10), 300_000m, "淄博市科学技术局", "沂源县科学技术局", null, "收-2023-001"),
            $"demo:receipt:{projectId}");
        await sender.SendAsync(caller, $"/api/projects/{projectId}/disbursements",
            new DisburseFunds(Day(2023, 7, 15), 20_000m, "沂源县科学技术局", "专家服务费", BudgetLine.ExpertFees, "付-2023-07-001"),
            $"demo:disbursement:{projectId}:1");
        await sender.SendAsync(caller, $"/api/projects/{projectId}/disbursements",
            new DisburseFunds(Day(2023, 7, 31), 10_019m, "沂源县科学技术局", "信息员流量费", BudgetLine.InformantFees, "付-2023-07-002"),
            $"demo:disbursement:{projectId}:2");
    }
}
