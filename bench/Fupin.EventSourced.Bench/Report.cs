using System.Globalization;
using System.Text;

namespace Fupin.EventSourced.Bench;

/// <summary>The one table of the run, and the notes that say how each figure was taken.</summary>
public sealed class Report(BenchOptions options)
{
    private const double CommandRatioGoal = 0.35;
    private const double CommandP99GoalMs = 20;
    private const double LagGoalSeconds = 1;
    private const int RebuildGoalEvents = 1_000_000;
    private const double RebuildGoalSeconds = 60;
    private const double ColdStartGoalMs = 2000;
    private const double CoverageP99GoalMs = 50;
    private const double FiguresP99GoalMs = 20;
    private const double KnownOnP99GoalMs = 200;

    public string PostgresSettings { get; init; } = "";
    public LoadResult? RawBefore { get; set; }
    public LoadResult? RawAfter { get; set; }
    public PgBenchRun.Result? PgBench { get; set; }
    public HttpRunResult? GroupCommit { get; set; }
    public HttpRunResult? OnePerCommand { get; set; }
    public HttpRunResult? WithEnvoys { get; set; }
    public HttpRunResult? WithHouseholds { get; set; }
    public HttpRunResult? WithFieldWork { get; set; }
    public HttpRunResult? WithFunds { get; set; }
    public ChainVerificationResult? ChainVerification { get; set; }
    public DedupResult? Dedup { get; set; }
    public NationalHouseholdsResult? NationalHouseholds { get; set; }
    public List<CoverageRunResult> Coverage { get; } = [];
    public List<FiguresRunResult> Figures { get; } = [];
    public RebuildResult? Rebuild { get; set; }
    public ColdStartResult? DotnetFloor { get; set; }
    public List<ColdStartResult> ColdStarts { get; } = [];
    public TimeSpan Elapsed { get; set; }
    private readonly DateTimeOffset _started = DateTimeOffset.Now;
    private readonly string _loadAtStart = LoadAverage();

    public bool Consistent => HttpRuns.All(run => run.Check.Consistent) && (Rebuild?.Consistent ?? true)
                              && Coverage.All(run => run.Consistent) && (Dedup?.Consistent ?? true)
                              && (NationalHouseholds?.Consistent ?? true) && Figures.All(run => run.Consistent)
                              && (ChainVerification?.Consistent ?? true);

    private IEnumerable<HttpRunResult> HttpRuns => new[] { GroupCommit, WithEnvoys, WithHouseholds, WithFieldWork, WithFunds, OnePerCommand }.OfType<HttpRunResult>();

    /// <summary>The raw baseline: the mean of the runs before and after the HTTP runs.</summary>
    private double? RawPerSecond => (RawBefore, RawAfter) switch
    {
        ({ } before, { } after) => (before.PerSecond + after.PerSecond) / 2,
        ({ } before, null) => before.PerSecond,
        _ => null,
    };

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');
        Line(F($"## Benchmark {_started:yyyy-MM-dd HH:mm zzz}{(options.Quick ? " (--quick smoke run: too short to quote)" : "")}"));
        Line();
        Line(F($"{Environment.ProcessorCount} cores shared by the load generator, the API and PostgreSQL (and, on a shared machine, other users); ") +
             F($"{options.Concurrency} clients; warm-up {options.Warmup.TotalSeconds:0} s per HTTP run and {options.RawWarmup.TotalSeconds:0} s per raw run, measured {options.Duration.TotalSeconds:0} s each. ") +
             "Every ratio is against a baseline measured in this same run.");
        Line();
        Line("| Figure | Measured | Baseline (same run) | Ratio | Goal | Met |");
        Line("|---|---|---|---|---|---|");

        if (RawBefore is { } before)
        {
            var after = RawAfter is { } a ? F($"; after: {Rate(a)}") : "";
            Line(F($"| Raw PostgreSQL: one event-like row per transaction, {before.Clients} clients, Npgsql prepared (**the baseline**) | before: {Rate(before)}{after} | — | ") +
                 (RawAfter is { } a2 ? F($"after/before {a2.PerSecond / before.PerSecond:0.00}") : "—") + " | — | — |");
        }

        if (PgBench is { } pg && RawPerSecond is { } raw0)
        {
            Line(F($"| pgbench, same insert, {options.Concurrency} clients, -M prepared (comparison) | {pg.Tps:0} tx/s, avg {pg.AverageLatencyMs:0.0} ms, {pg.Failed} failed | raw {raw0:0} tx/s | {pg.Tps / raw0:0.00}× | — | — |"));
        }

        foreach (var run in HttpRuns)
        {
            var load = run.Load;
            var ratio = RawPerSecond is { } raw ? load.PerSecond / raw : double.NaN;
            var met = Met((ratio >= CommandRatioGoal, F($"ratio {ratio:0.00} < {CommandRatioGoal}")),
                (load.P99Ms < CommandP99GoalMs, F($"p99 {load.P99Ms:0.0} ms")));
            Line(F($"| Commands over HTTP, {run.Label} ({load.Clients} clients; {run.Mix.Describe(CultureInfo.InvariantCulture)}) | ") +
                 F($"{load.PerSecond:0} commands/s, p50 {load.P50Ms:0.0} ms, p99 {load.P99Ms:0.0} ms; {load.NonSuccessMeasured} non-2xx of {load.Acknowledged + load.NonSuccessMeasured} | ") +
                 F($"raw {RawPerSecond:0} tx/s | {ratio:0.00}× | ≥ {CommandRatioGoal}× raw, p99 < {CommandP99GoalMs:0} ms | {met} |"));
        }

        if (GroupCommit is { } group && OnePerCommand is { } single)
        {
            Line(F($"| Group-commit effect | {group.Load.PerSecond:0} vs {single.Load.PerSecond:0} commands/s; p99 {group.Load.P99Ms:0.0} vs {single.Load.P99Ms:0.0} ms | MaxBatchSize=1 run | {group.Load.PerSecond / single.Load.PerSecond:0.00}× | — | — |"));
        }

        if (GroupCommit is { } villagesOnly && WithEnvoys is { } mixed)
        {
            // The issue's rule: adding the envoy commands must not lower the command ratio of the same run.
            var relative = mixed.Load.PerSecond / villagesOnly.Load.PerSecond;
            Line(F($"| Envoy-mix effect | {mixed.Load.PerSecond:0} vs {villagesOnly.Load.PerSecond:0} commands/s; p99 {mixed.Load.P99Ms:0.0} vs {villagesOnly.Load.P99Ms:0.0} ms | village mix, group commit | {relative:0.00}× | ≥ the village mix's ratio (1.00×; ±0.1 is this machine's noise) | {(relative >= 1 ? "met" : relative >= 0.9 ? "within noise" : "not met")} |"));
        }

        if (GroupCommit is { } villagesOnly2 && WithHouseholds is { } withHouseholds)
        {
            // The issue's rule again: adding the household commands must not lower the command ratio of the same run.
            var relative = withHouseholds.Load.PerSecond / villagesOnly2.Load.PerSecond;
            Line(F($"| Household-mix effect | {withHouseholds.Load.PerSecond:0} vs {villagesOnly2.Load.PerSecond:0} commands/s; p99 {withHouseholds.Load.P99Ms:0.0} vs {villagesOnly2.Load.P99Ms:0.0} ms | village mix, group commit | {relative:0.00}× | ≥ the village mix's ratio (1.00×; ±0.1 is this machine's noise) | {(relative >= 1 ? "met" : relative >= 0.9 ? "within noise" : "not met")} |"));
        }

        if (GroupCommit is { } villagesOnly3 && WithFieldWork is { } withFieldWork)
        {
            // The same rule for the field work: trainings and consultations must not lower the command ratio.
            var relative = withFieldWork.Load.PerSecond / villagesOnly3.Load.PerSecond;
            Line(F($"| Field-work-mix effect | {withFieldWork.Load.PerSecond:0} vs {villagesOnly3.Load.PerSecond:0} commands/s; p99 {withFieldWork.Load.P99Ms:0.0} vs {villagesOnly3.Load.P99Ms:0.0} ms | village mix, group commit | {relative:0.00}× | ≥ the village mix's ratio (1.00×; ±0.1 is this machine's noise) | {(relative >= 1 ? "met" : relative >= 0.9 ? "within noise" : "not met")} |"));
        }

        if (GroupCommit is { } villagesOnly4 && WithFunds is { } withFunds)
        {
            var relative = withFunds.Load.PerSecond / villagesOnly4.Load.PerSecond;
            Line(F($"| Funds-mix effect | {withFunds.Load.PerSecond:0} vs {villagesOnly4.Load.PerSecond:0} commands/s; p99 {withFunds.Load.P99Ms:0.0} vs {villagesOnly4.Load.P99Ms:0.0} ms | village mix, group commit | {relative:0.00}× | ≥ the village mix's ratio (1.00×; ±0.1 is this machine's noise) | {(relative >= 1 ? "met" : relative >= 0.9 ? "within noise" : "not met")} |"));
        }

        if (ChainVerification is { } chain)
        {
            Line(F($"| Chain verification of every project after the funds mix (hash chain recomputed and balances replayed against the read model; {chain.Projects:N0} projects, {chain.Events:N0} events) | ") +
                 F($"{chain.EventsPerSecond:N0} events/s, {chain.Elapsed.TotalSeconds:0.0} s; {chain.Intact} of {chain.Projects} intact | — | — | — | {(chain.Consistent ? "intact" : "**BROKEN**")} |"));
        }

        if (Dedup is { } dedup)
        {
            Line(dedup.Row(RawPerSecond));
        }

        if (NationalHouseholds is { } national)
        {
            foreach (var row in national.Rows())
            {
                Line(row);
            }
        }

        foreach (var run in HttpRuns)
        {
            var lag = run.Lag;
            var worst = Math.Max(lag.MaxSeconds, lag.DrainSeconds);
            Line(F($"| Async CountyVillageCount projection lag under the {run.Label} load | max {lag.MaxEvents} events / {lag.MaxSeconds:0.00} s behind the store; caught up {lag.DrainSeconds:0.00} s after the last acknowledged command | none (absolute) | — | < {LagGoalSeconds:0} s | {(worst < LagGoalSeconds ? "met" : F($"not met ({worst:0.00} s)"))} |"));
        }

        if (Rebuild is { } rebuild)
        {
            var scaled = rebuild.Total.TotalSeconds * RebuildGoalEvents / rebuild.Events;
            var met = rebuild.Events >= RebuildGoalEvents
                ? rebuild.Total.TotalSeconds < RebuildGoalSeconds ? "met" : F($"not met ({rebuild.Total.TotalSeconds:0} s)")
                : F($"n/a: {rebuild.Events:N0} events only (linear guess for 1M: {scaled:0} s)");
            Line(F($"| Rebuild of all projections (Village inline snapshot and CountyVillageCount, concurrently) over {rebuild.Events:N0} events of {rebuild.Streams:N0} villages, {rebuild.VillagesPerCounty} per county | ") +
                 F($"{rebuild.EventsPerSecond:N0} events/s, {rebuild.Total.TotalSeconds:0.0} s wall (Village {rebuild.VillageRebuild.TotalSeconds:0.0} s, CountyVillageCount {rebuild.CountyVillageCountRebuild.TotalSeconds:0.0} s) | ") +
                 F($"raw read of the events {rebuild.RawReadPerSecond:N0} events/s | {rebuild.EventsPerSecond / rebuild.RawReadPerSecond:0.00}× | 1M events < {RebuildGoalSeconds:0} s | {met} |"));
        }

        foreach (var coverage in Coverage)
        {
            var baseline = coverage.Baseline.Load;
            foreach (var query in coverage.Queries)
            {
                var load = query.Load;
                var met = load.P99Ms < CoverageP99GoalMs ? "met" : F($"not met (p99 {load.P99Ms:0.0} ms)");
                Line(F($"| Coverage, {query.Label}: GET {query.Path} ({query.VillagesAnswered:N0} villages, {query.VillagesCovered:N0} covered; {coverage.Envoys:N0} envoys and {coverage.Assignments:N0} assignments in the register; {load.Clients} client) | ") +
                     F($"p50 {load.P50Ms:0.0} ms, p99 {load.P99Ms:0.0} ms, {load.PerSecond:0.0} answers/s, {query.AnswerBytes:N0} bytes each | ") +
                     F($"GET one village: p50 {baseline.P50Ms:0.0} ms, p99 {baseline.P99Ms:0.0} ms | p99 {load.P99Ms / baseline.P99Ms:0.0}× | p99 < {CoverageP99GoalMs:0} ms | {met} |"));
            }

            Line(F($"| Rebuild of the coverage read models, {coverage.Scale} (Village and Envoy inline snapshots, AssignmentPeriod async; concurrently, with CountyVillageCount) over {coverage.Events:N0} events of {coverage.Villages:N0} villages and {coverage.Envoys:N0} envoys | ") +
                 F($"{coverage.Rebuild.TotalSeconds:0.0} s wall, {coverage.EventsPerSecond:N0} events/s (Village {coverage.VillageRebuild.TotalSeconds:0.0} s, Envoy {coverage.EnvoyRebuild.TotalSeconds:0.0} s, AssignmentPeriod {coverage.AssignmentPeriodRebuild.TotalSeconds:0.0} s) | ") +
                 F($"raw read of the events {coverage.RawReadPerSecond:N0} events/s | {coverage.EventsPerSecond / coverage.RawReadPerSecond:0.00}× | — | — |"));
        }

        foreach (var run in Figures)
        {
            var baseline = run.Baseline!;
            foreach (var (label, path, load) in run.Queries)
            {
                var goal = path.Contains("knownOn", StringComparison.Ordinal) ? KnownOnP99GoalMs : FiguresP99GoalMs;
                Line(F($"| Figures, {run.Scale} ({run.Events:N0} events, {run.LedgerEntries:N0} ledger entries): {label}, GET {path.Split('?')[0]} | ") +
                     F($"p50 {load.P50Ms:0.0} ms, p99 {load.P99Ms:0.0} ms, {load.PerSecond:0.0} answers/s | ") +
                     F($"GET one village: p50 {baseline.P50Ms:0.0} ms, p99 {baseline.P99Ms:0.0} ms | p99 {load.P99Ms / baseline.P99Ms:0.0}× | p99 < {goal:0} ms | {(load.P99Ms < goal ? "met" : F($"not met (p99 {load.P99Ms:0.0} ms)"))} |"));
            }

            var slowest = run.RebuildEach.OrderByDescending(e => e.Value).Take(4).Select(e => F($"{e.Key} {e.Value.TotalSeconds:0.0} s"));
            Line(F($"| Rebuild of every projection ({run.RebuildEach.Count}, concurrently), {run.Scale}: {run.Events:N0} events | {run.Rebuild.TotalSeconds:0.0} s wall, {run.EventsPerSecond:N0} events/s ({string.Join(", ", slowest)}) | ") +
                 F($"raw read of the events {run.Events / run.RawRead.TotalSeconds:N0} events/s | {run.RawRead.TotalSeconds / run.Rebuild.TotalSeconds:0.00}× | 1M events < {RebuildGoalSeconds:0} s | {(run.Events < RebuildGoalEvents ? "n/a" : run.Rebuild.TotalSeconds < RebuildGoalSeconds ? "met" : F($"not met ({run.Rebuild.TotalSeconds:0} s)"))} |"));
        }

        foreach (var cold in ColdStarts)
        {
            var floor = DotnetFloor?.MedianReadyMs ?? double.NaN;
            Line(F($"| Cold start to /health/ready, {cold.Label} (median of {cold.ReadyMs.Count}) | {cold.MedianReadyMs:0} ms | dotnet host, trivial program {floor:0} ms | {cold.MedianReadyMs / floor:0.0}× | < {ColdStartGoalMs / 1000:0} s | {(cold.MedianReadyMs < ColdStartGoalMs ? "met" : "not met")} |"));
            Line(F($"| Cold start to first authenticated GET /api/villages/{{code}}, {cold.Label} | {cold.MedianFirstReadMs:0} ms | {floor:0} ms | {cold.MedianFirstReadMs / floor:0.0}× | < {ColdStartGoalMs / 1000:0} s | {(cold.MedianFirstReadMs < ColdStartGoalMs ? "met" : "not met")} |"));
            Line(F($"| Cold start to first acknowledged command (POST /api/villages → 201, after the GET), {cold.Label} | {cold.MedianFirstCommandMs:0} ms | {floor:0} ms | {cold.MedianFirstCommandMs / floor:0.0}× | — (not a goal) | — |"));
        }

        Line();
        Line("### How the figures were taken");
        if (options.ApiEnvironment.Count > 0)
        {
            Line("- **API environment changed for this run:** " + string.Join(", ", options.ApiEnvironment.Select(e => $"`{e.Key}={e.Value}`")) + ".");
        }

        if (options.PerfDirectory is not null)
        {
            Line("- **Profiled run:** perf sampled the whole machine during the group-commit window (API with perf map on, W^X off); its figures are distorted.");
        }

        Line(F($"- PostgreSQL: {PostgresSettings} (default durability: every commit waits for its WAL flush)."));
        Line(F($"- Load average at start {_loadAtStart}, at end {LoadAverage()} (1/5/15 min). Whole benchmark: {Elapsed.TotalMinutes:0.0} min."));
        Line("- Closed loop: each client sends its next operation when the last is answered. Only operations answered inside the measured window count; " +
             "latencies are of acknowledged (2xx) commands. The load generator is this process, on the same cores as the API and PostgreSQL.");
        foreach (var raw in new[] { RawBefore, RawAfter }.OfType<LoadResult>())
        {
            Line(F($"- {raw.Name}: {raw.Acknowledged} transactions in {raw.Window.TotalSeconds:0.0} s; CPU {raw.Cpu?.Describe() ?? "n/a"}."));
        }

        if (PgBench is { } p)
        {
            Line(F($"- `{p.CommandLine}` (random stream ids, `on conflict do nothing`)."));
        }

        foreach (var run in HttpRuns)
        {
            var load = run.Load;
            Line(F($"- HTTP {run.Label}: status mix in the window {LoadResult.Mix(load.StatusesMeasured)}; whole run incl. warm-up {LoadResult.Mix(load.StatusesAll)}; max latency {load.MaxMs:0} ms."));
            Line(F($"  - CPU in the window: {load.Cpu?.Describe() ?? "n/a"}."));
            Line(F($"  - Store afterwards: {run.Check.Describe()} → {(run.Check.Consistent ? "consistent" : "**INCONSISTENT**")}."));
            Line(F($"  - Projection shard `{run.Lag.Shard}`, {run.Lag.Samples} samples; final sequence {run.Lag.FinalSequence}."));
            Line(F($"  - Acknowledged commands per second from the start (window opens at {load.WarmupTaken.TotalSeconds:0.0} s): {load.Timeline()}"));
        }

        if (Rebuild is { } r)
        {
            Line(F($"- Rebuild: set-up bulk load (COPY, Marten BulkInsertEventsAsync) of {r.Events:N0} events took {r.Seed.TotalSeconds:0.0} s ({r.Events / r.Seed.TotalSeconds:N0} events/s); ") +
                 F($"rebuilt with the API's `rebuild` (ProjectionRebuild: the Village state in bulk, CountyVillageCount through IProjectionDaemon.RebuildProjectionAsync) in the bench process with the API's AddFupinEventStore. After: {r.VillageDocuments:N0} Village documents, CountyVillageCount counts {r.CountyVillageCountTotal:N0} villages, sample village {(r.SampleVillageCorrect ? "correct" : "**WRONG**")}. ") +
                 F($"CPU during the rebuilds: {r.Cpu.Describe().Replace("load generator", "bench process (Marten daemon)", StringComparison.Ordinal)}."));
        }

        foreach (var c in Coverage)
        {
            Line(F($"- Coverage, {c.Scale}: bulk load (COPY) of {c.Events:N0} events took {c.Seed.TotalSeconds:0.0} s; after the rebuild {c.VillageDocuments:N0} Village, {c.EnvoyDocuments:N0} Envoy and {c.AssignmentPeriodDocuments:N0} AssignmentPeriod documents ") +
                 F($"({(c.Consistent ? "as loaded" : "**NOT as loaded, or an answer counted other villages than the register has**")}); `vacuum analyze` of the three tables before the queries (autovacuum's work after a rebuild). CPU during the rebuild: {c.RebuildCpu.Describe().Replace("load generator", "bench process (Marten daemon)", StringComparison.Ordinal)}."));
            Line(F($"  - Queries: a closed loop of {c.Baseline.Load.Clients} client(s) per figure, {options.QueryWarmup.TotalSeconds:0} s warm-up, {options.QueryDuration.TotalSeconds:0} s measured; answers: baseline {c.Baseline.Load.Acknowledged}, ") +
                 string.Join(", ", c.Queries.Select(q => F($"{q.Label} {q.Load.Acknowledged} (max {q.Load.MaxMs:0} ms, status mix {LoadResult.Mix(q.Load.StatusesMeasured)})"))) + ".");
        }

        foreach (var f in Figures)
        {
            Line(F($"- Figures, {f.Scale}: bulk load (COPY) of {f.Events:N0} events took {f.Seed.TotalSeconds:0.0} s; the province-year answer counted {f.AnsweredFarmersTrained:N0} farmers trained ") +
                 F($"({(f.Consistent ? "as loaded" : F($"**NOT as loaded: {f.ExpectedFarmersTrained:N0}**"))}). CPU during the rebuild: {f.RebuildCpu.Describe().Replace("load generator", "bench process (Marten daemon)", StringComparison.Ordinal)}."));
        }

        if (Dedup is { } d)
        {
            Line(d.Note());
        }

        if (NationalHouseholds is { } n)
        {
            Line(n.Note());
        }

        if (DotnetFloor is { } dotnet)
        {
            Line(F($"- Cold starts, ready/first GET/first command in ms after process start, per start: ") + string.Join("; ", ColdStarts.Select(c => F($"{c.Label}: {c.Each()}"))) +
                 F($". dotnet host floor: {string.Join(", ", dotnet.ReadyMs.Select(v => F($"{v:0}")))} ms."));
        }

        return text.ToString();
    }

    private static string Rate(LoadResult load) => F($"{load.PerSecond:0} tx/s, p50 {load.P50Ms:0.0} ms, p99 {load.P99Ms:0.0} ms");

    private static string Met(params (bool Ok, string Why)[] checks)
    {
        var failed = checks.Where(c => !c.Ok).Select(c => c.Why).ToList();
        return failed.Count == 0 ? "met" : $"not met ({string.Join("; ", failed)})";
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join('/', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string F(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
