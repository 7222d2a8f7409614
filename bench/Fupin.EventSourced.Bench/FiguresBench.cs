using System.Net.Http.Json;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Fupin.EventSourced.Domain.Consultations;
using Fupin.EventSourced.Domain.Consultations.Answering;
using Fupin.EventSourced.Domain.Consultations.Asking;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Indicators;
using Fupin.EventSourced.Domain.Indicators.Defining;
using Fupin.EventSourced.Domain.Plans;
using Fupin.EventSourced.Domain.Plans.DrawingUp;
using Fupin.EventSourced.Domain.Plans.Targeting;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Registering;
using Fupin.EventSourced.Domain.Projects.Transacting;
using Fupin.EventSourced.Domain.Trainings;
using Fupin.EventSourced.Domain.Trainings.Recording;
using Fupin.EventSourced.Domain.Villages.Registering;
using Fupin.EventSourced.Projections;
using Fupin.EventSourced.Projections.Figures;
using Fupin.EventSourced.TestKit;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Fupin.EventSourced.Bench;

/// <summary>One store size of the figures part: the seed, the rebuild of every projection, and the timed reads.</summary>
public sealed record FiguresRunResult(
    string Scale, long Events, long LedgerEntries, TimeSpan Seed, TimeSpan RawRead, TimeSpan Rebuild,
    IReadOnlyDictionary<string, TimeSpan> RebuildEach, CpuUsage RebuildCpu, decimal ExpectedFarmersTrained, decimal AnsweredFarmersTrained,
    LoadResult? Baseline, IReadOnlyList<(string Label, string Path, LoadResult Load)> Queries)
{
    public double EventsPerSecond => Events / Rebuild.TotalSeconds;
    public bool Consistent => ExpectedFarmersTrained == AnsweredFarmersTrained;
}

/// <summary>
/// The figure ledger at national scale: trainings (15 %) and consultations asked (60 %) and answered (25 %) over
/// 31 provinces × 10 cities × 10 counties, business dates 2018–2023, bulk-loaded as events (COPY), every projection
/// rebuilt concurrently (timed, as <c>projections rebuild</c> does), then the published API answers a province's
/// figures for a year (current, as of a date, as known now) and the first page of one figure's explanation. The
/// baseline is <c>GET /api/villages/{code}</c> on the same API and database.
/// </summary>
public static class FiguresBench
{
    private const int StreamsPerChunk = 12_500;
    private const string Province = "37";
    private const int Year = 2021;

    public static async Task<FiguresRunResult> RunAsync(string serverConnection, string database, string scale, int events, BenchOptions options,
        int? postmasterPid, TextWriter log, bool timeQueries = true)
    {
        var connectionString = await Databases.CreateAsync(serverConnection, database);
        var schema = HttpCommandBench.Schema;
        await using var connection = new NpgsqlConnection(connectionString);
        TimeSpan seed, rawRead, wall;
        IReadOnlyDictionary<string, TimeSpan> each;
        CpuUsage used;
        decimal expected;
        using (var host = await MartenHost.StartAsync(connectionString))
        {
            var store = (DocumentStore)host.Services.GetRequiredService<IDocumentStore>();
            var seeding = Stopwatch.StartNew();
            await store.BulkInsertEventsAsync([StreamAction.Start(store.Events, SampleVillage, new VillageRegistered(SampleVillage, "基准村", "370302", "张店区", "370302101", "基准镇"))]);
            expected = await BulkLoadAsync(store, events);
            await BulkLoadPlanAndProjectAsync(store);
            seed = seeding.Elapsed;

            await connection.OpenAsync();
            await Execute(connection, $"vacuum analyze {schema}.mt_events");
            rawRead = await RebuildBench.RawReadAsync(connection);
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  bulk-loaded {events:N0} field events in {seed.TotalSeconds:0.0} s; raw read {rawRead.TotalSeconds:0.0} s; rebuilding every projection..."));

            using var daemon = await store.BuildProjectionDaemonAsync();
            var cpu = new CpuMeter(apiPid: null, postmasterPid);
            var before = cpu.Take();
            var clock = Stopwatch.StartNew();
            each = await ProjectionRebuild.RebuildAsync(store, daemon, options.RebuildProjections, TimeSpan.FromMinutes(30), CancellationToken.None);
            wall = clock.Elapsed;
            used = CpuMeter.Between(before, cpu.Take());
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  rebuilt {each.Count} projections in {wall.TotalSeconds:0.0} s ({string.Join(", ", each.OrderByDescending(e => e.Value).Select(e => $"{e.Key} {e.Value.TotalSeconds:0.0} s"))})"));
            await FigureLedger.RecordMarkAsync(store, CancellationToken.None);
            await host.StopAsync();
        }

        await Execute(connection, $"vacuum analyze {schema}.figure_entries, {schema}.figure_totals");
        var loaded = await Databases.ScalarAsync(connection, $"select count(*) from {schema}.mt_events");
        var entries = await Databases.ScalarAsync(connection, $"select count(*) from {schema}.figure_entries");
        if (!timeQueries)
        {
            var counted = await Databases.ScalarAsync(connection,
                $"select coalesce(sum(amount), 0)::bigint from {schema}.figure_totals where figure = 'FarmersTrained' and year = {Year} and county_code like '{Province}%'");
            return new FiguresRunResult(scale, loaded, entries, seed, rawRead, wall, each, used, expected, counted, null, []);
        }

        await using var api = await HttpCommandBench.StartApiAsync(connectionString, options.ApiEnvironment, log);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.QueryClients * 2, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        var token = TestTokens.For("analyst", null, "bench-figures");
        var auditor = TestTokens.For("auditor", null, "bench-figures");
        var baseline = await TimeAsync(handler, api.BaseAddress, token, "GET one village (baseline)", $"/api/villages/{SampleVillage}", options, log);
        var figures = $"/api/figures/divisions/{Province}0000/years/{Year}";
        var (_, body) = await new QueryClient(handler, api.BaseAddress, token, figures).OnceAsync();
        using var answer = JsonDocument.Parse(body);
        var answered = answer.RootElement.GetProperty("figures").GetProperty("FarmersTrained").GetDecimal();
        var knownOn = Uri.EscapeDataString(DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        var progress = $"/api/plans/{PlanId}/progress/{Province}0000/years/{Year}";
        var approved = await ApproveCountyReportAsync(handler, api.BaseAddress, log);
        var queries = new List<(string, string, LoadResult)>();
        foreach (var (label, path, caller) in new[]
                 {
                     ("province-year figures", figures, token),
                     ("province-year figures as of 30 June", figures + "?asOf=2021-06-30", token),
                     ("province-year figures as known now (knownOn)", figures + "?knownOn=" + knownOn, token),
                     ("explain FarmersTrained, first page of 100", $"/api/figures/FarmersTrained/divisions/{Province}0000/years/{Year}/events?limit=100", token),
                     ("plan-year target vs actual, 3 indicators", progress, token),
                     ("plan-year target vs actual as known now (knownOn)", progress + "?knownOn=" + knownOn, token),
                     ($"fund history of one project ({Payments + 3} events)", $"/api/projects/{ProjectId}/fund-history", auditor),
                     ("approved county report reproduced (byte for byte)", approved, token),
                 })
        {
            queries.Add((label, path, await TimeAsync(handler, api.BaseAddress, caller, label, path, options, log)));
        }

        await api.StopAsync();
        return new FiguresRunResult(scale, loaded, entries, seed, rawRead, wall, each, used, expected, answered, baseline, queries);
    }

    private const string SampleVillage = "370302101001";
    private const string PlanId = "bench-plan-2021-2025";
    private const string ProjectId = "bench-project-1";
    private const int Payments = 400;

    /// <summary>
    /// A province plan for 2021–2025 with targets for three indicators, and one project with its allocation, receipt and
    /// <see cref="Payments"/> disbursements, made by the domain's own decisions (so the fund chain is real) and evolved
    /// as the door would.
    /// </summary>
    private static async Task BulkLoadPlanAndProjectAsync(DocumentStore store)
    {
        var streams = new List<StreamAction>();
        var indicators = new[]
        {
            new DefineIndicator("farmers-trained", "培训农民", "Farmers trained", "人次", Measure.Count, Direction.MoreIsBetter,
                new IndicatorSource(Figure.FarmersTrained, null, Figure.FarmersTrainedFromPoorHouseholds, "其中贫困户")),
            new DefineIndicator("consultations", "技术咨询", "Consultations", "次", Measure.Count, Direction.MoreIsBetter, new IndicatorSource(Figure.Consultations, null)),
            new DefineIndicator("answer-hours", "平均答复时长", "Average answer time", "小时", Measure.Count, Direction.LessIsBetter,
                new IndicatorSource(null, DerivedMeasure.AverageAnswerHours)),
        };
        var plan = StateOf<Plan>(DrawUpPlan.Decide(new DrawUpPlan("2021—2025年科技扶贫规划", $"{Province}0000", 2021, 2025, "鲁科字〔2021〕1号", new DateOnly(2021, 1, 10)), PlanId)
            .Changes[0].Events, out var planEvents);
        foreach (var define in indicators)
        {
            var indicatorEvents = DefineIndicator.Decide(define, null).ToList();
            streams.Add(StreamAction.Start(store.Events, define.Code, [.. indicatorEvents]));
            var indicator = StateOf<Indicator>(indicatorEvents, out _);
            var targets = SetIndicatorTargets.Decide(new SetIndicatorTargets(define.Code, new YearValue(2020, 1000),
                [.. Enumerable.Range(2021, 5).Select(y => new YearValue(y, 2000))], new DateOnly(2021, 1, 10)), plan, indicator).ToList();
            plan = targets.Aggregate(plan, (state, e) => Plan.Evolve(state, e));
            planEvents.AddRange(targets);
        }

        streams.Add(StreamAction.Start(store.Events, PlanId, [.. planEvents]));

        var project = StateOf<Project>(RegisterProject.Decide(new RegisterProject("设施蔬菜科技扶贫示范", "370302", "张店区科技局", new DateOnly(2021, 1, 1),
            new DateOnly(2023, 12, 31), [SampleVillage], [new YearBudget(2021, BudgetLine.ExpertFees, 1_000_000m)]), ProjectId).Changes[0].Events, out var projectEvents);
        foreach (var type in new[] { FundTransactionType.Allocation, FundTransactionType.Receipt })
        {
            var e = RecordFundTransaction.Decide(new RecordFundTransaction(type, new DateOnly(2021, 3, 1), 300_000m, "省科技厅", "张店区科技局", null, "bench"),
                $"{ProjectId}-{type}", project);
            project = Project.Evolve(project, e);
            projectEvents.Add(e);
        }

        for (var i = 0; i < Payments; i++)
        {
            var e = DisburseFunds.Decide(new DisburseFunds(new DateOnly(2021, 4, 1).AddDays(i % 200), 123.45m, "张店区科技局",
                string.Create(CultureInfo.InvariantCulture, $"专家{i}"), BudgetLine.ExpertFees, "bench"), $"{ProjectId}-payment-{i}", project);
            project = Project.Evolve(project, e);
            projectEvents.Add(e);
        }

        streams.Add(StreamAction.Start(store.Events, ProjectId, [.. projectEvents]));
        await InsertAsync(store, streams);
    }

    private static TState StateOf<TState>(IEnumerable<object> events, out List<object> list) where TState : class, IStreamState<TState>
    {
        list = [.. events];
        return list.Aggregate((TState?)null, (state, e) => TState.Evolve(state, e))!;
    }

    /// <summary>
    /// A county submits its year's figures and the city approves them over HTTP, as users do; answers the path that
    /// reproduces the approved document. Timing that path is the approval's reproduction time.
    /// </summary>
    private static async Task<string> ApproveCountyReportAsync(SocketsHttpHandler handler, Uri baseAddress, TextWriter log)
    {
        const string county = Province + "0302";
        var report = $"/api/reports/{county}/years/{Year}";
        using var submitter = Client(handler, baseAddress, TestTokens.For("operator", county, "bench-county-operator"));
        using var approver = Client(handler, baseAddress, TestTokens.For("admin", null, "bench-city-admin"));
        var clock = Stopwatch.StartNew();
        (await submitter.PostAsJsonAsync($"{report}/submission", new { note = "基准年度数据" })).EnsureSuccessStatusCode();
        var submitted = await submitter.GetByteArrayAsync($"{report}/submitted");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(submitted));
        (await approver.PostAsJsonAsync($"{report}/approval", new { contentHash = hash })).EnsureSuccessStatusCode();
        var reproduced = await submitter.GetByteArrayAsync($"{report}/approved");
        if (!reproduced.AsSpan().SequenceEqual(submitted))
        {
            throw new InvalidOperationException($"{report}/approved is not the document approved.");
        }

        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  county {county} submitted and approved its {Year} report ({submitted.Length:N0} bytes) in {clock.Elapsed.TotalMilliseconds:0} ms"));
        return $"{report}/approved";

        static HttpClient Client(SocketsHttpHandler handler, Uri baseAddress, string token) => new(handler, disposeHandler: false)
        {
            BaseAddress = baseAddress,
            DefaultRequestHeaders = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token) },
        };
    }

    private static async Task<LoadResult> TimeAsync(SocketsHttpHandler handler, Uri baseAddress, string token, string label, string path,
        BenchOptions options, TextWriter log)
    {
        var clients = Enumerable.Range(0, options.QueryClients).Select(_ => new QueryClient(handler, baseAddress, token, path)).ToList();
        var (status, body) = await clients[0].OnceAsync();
        if (status != 200)
        {
            throw new InvalidOperationException($"GET {path} answered {status}: {body}");
        }

        var load = await ClosedLoad.RunAsync(label, clients, options.QueryWarmup, options.QueryDuration);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  {path}: p50 {load.P50Ms:0.0} ms, p99 {load.P99Ms:0.0} ms ({load.Acknowledged} answers, {body.Length:N0} characters each)"));
        clients.ForEach(c => c.Dispose());
        return load;
    }

    /// <summary>
    /// The field events, in chunks of streams whose events take turns in sequence order. Returns the farmers trained
    /// in <see cref="Province"/> in <see cref="Year"/>, which the API's answer must equal.
    /// </summary>
    private static async Task<decimal> BulkLoadAsync(DocumentStore store, int events)
    {
        decimal farmersInProvinceYear = 0;
        var streams = new List<StreamAction>();
        var written = 0;
        for (var n = 0; written < events; n++)
        {
            var village = Village(n);
            var on = new DateOnly(2018 + (n % 6), 1 + (n % 12), 1 + (n % 28));
            var id = Guid.CreateVersion7().ToString();
            StreamAction action;
            if (n % 20 < 3)
            {
                var farmers = 20 + (n % 80);
                if (village.StartsWith(Province, StringComparison.Ordinal) && on.Year == Year)
                {
                    farmersInProvinceYear += farmers;
                }

                action = StreamAction.Start(store.Events, id, new TrainingRecorded(id, village, on, "设施蔬菜栽培技术", TrainingKind.Field,
                    [new Trainer(null, "李明", "山东农业大学")], farmers, farmers / 4, [village]));
                written++;
            }
            else
            {
                var asked = new DateTimeOffset(on.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
                var channel = (ConsultationChannel)(n % 3);
                object[] stream = n % 12 < 5
                    ? [new ConsultationAsked(id, village, channel, Specialty.Vegetables, "大棚黄瓜叶片发黄怎么办？", null, asked, on),
                       new ConsultationAnswered(id, village, asked.AddHours(5), on, "李明", "山东农业大学", "控水、补镁，增施有机肥。", 5m)]
                    : [new ConsultationAsked(id, village, channel, Specialty.Vegetables, "大棚黄瓜叶片发黄怎么办？", null, asked, on)];
                action = StreamAction.Start(store.Events, id, stream);
                written += stream.Length;
            }

            streams.Add(action);
            if (streams.Count == StreamsPerChunk)
            {
                await InsertAsync(store, streams);
            }
        }

        await InsertAsync(store, streams);
        return farmersInProvinceYear;
    }

    private static async Task InsertAsync(DocumentStore store, List<StreamAction> streams)
    {
        if (streams.Count == 0)
        {
            return;
        }

        for (var i = 0; i < streams.Count; i++)
        {
            var round = 0;
            foreach (var e in streams[i].Events)
            {
                e.Sequence = ((long)round++ * StreamsPerChunk) + i + 1;
                e.UserName = "bench-figures";
                e.CorrelationId = "bench-figures";
            }
        }

        await store.BulkInsertEventsAsync(streams, batchSize: 10_000);
        streams.Clear();
    }

    /// <summary>Village <paramref name="n"/> of 31 provinces × 10 cities × 10 counties × 100 villages, spread evenly.</summary>
    private static string Village(int n)
    {
        var province = Provinces[n % Provinces.Length];
        var rest = n / Provinces.Length;
        return string.Create(CultureInfo.InvariantCulture, $"{province}{1 + (rest % 10):00}{1 + (rest / 10 % 10):00}101{1 + (rest / 100 % 100):000}");
    }

    private static readonly string[] Provinces =
        ["11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"];

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
