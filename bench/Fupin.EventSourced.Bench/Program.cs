using System.Diagnostics;
using Fupin.EventSourced.Bench;
using Npgsql;

if (args is ["--noop"])
{
    return 0; // the cold-start baseline: the .NET host starting and ending a trivial program
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException error)
{
    await Console.Error.WriteLineAsync(error.Message);
    return 2;
}

var log = Console.Out;
var total = Stopwatch.StartNew();
var report = new Report(options)
{
    PostgresSettings = await Databases.SettingsAsync(options.Connection),
};
var postmaster = CpuMeter.PostmasterPid(options.PgData);
var rawCpu = new CpuMeter(apiPid: null, postmaster);
string RawDatabase() => new NpgsqlConnectionStringBuilder(options.Connection) { Database = "bench_raw" }.ConnectionString;

if (options.Runs("raw") || options.RunsCommands)
{
    await log.WriteLineAsync("Raw PostgreSQL baseline (before the HTTP runs)...");
    await Databases.CreateAsync(options.Connection, "bench_raw");
    report.RawBefore = await RawPostgresBench.RunAsync(RawDatabase(), options, "before", rawCpu);
    await log.WriteLineAsync($"  {report.RawBefore.PerSecond:0} tx/s");
}

if (options.Runs("pgbench") && options.PgBench)
{
    await log.WriteLineAsync("pgbench, same insert...");
    report.PgBench = await PgBenchRun.RunAsync(RawDatabase(), options);
}

var villageMix = CommandMix.Villages(options.RegisterShare);
if (options.Runs("http"))
{
    await log.WriteLineAsync("Commands over HTTP, village mix, group commit at its defaults...");
    report.GroupCommit = await HttpCommandBench.RunAsync(options.Connection, "bench_http_group", "group commit", villageMix,
        new Dictionary<string, string>(), options, postmaster, log);
    await log.WriteLineAsync($"  {report.GroupCommit.Load.PerSecond:0} commands/s");
}

if (options.Runs("http-envoys"))
{
    await log.WriteLineAsync("Commands over HTTP, village and envoy mix, group commit at its defaults...");
    report.WithEnvoys = await HttpCommandBench.RunAsync(options.Connection, "bench_http_envoys", "group commit, with envoys",
        CommandMix.WithEnvoys, new Dictionary<string, string>(), options, postmaster, log);
    await log.WriteLineAsync($"  {report.WithEnvoys.Load.PerSecond:0} commands/s");
}

if (options.Runs("http-households"))
{
    await log.WriteLineAsync("Commands over HTTP, village and household mix, group commit at its defaults...");
    report.WithHouseholds = await HttpCommandBench.RunAsync(options.Connection, "bench_http_households", "group commit, with households",
        CommandMix.WithHouseholds, new Dictionary<string, string>(), options, postmaster, log);
    await log.WriteLineAsync($"  {report.WithHouseholds.Load.PerSecond:0} commands/s");
}

if (options.Runs("http-fieldwork"))
{
    await log.WriteLineAsync("Commands over HTTP, village and field-work mix (trainings, consultations), group commit at its defaults...");
    report.WithFieldWork = await HttpCommandBench.RunAsync(options.Connection, "bench_http_fieldwork", "group commit, with field work",
        CommandMix.WithFieldWork, new Dictionary<string, string>(), options, postmaster, log);
    await log.WriteLineAsync($"  {report.WithFieldWork.Load.PerSecond:0} commands/s");
}

if (options.Runs("http-funds"))
{
    await log.WriteLineAsync("Commands over HTTP, village and funds mix (DisburseFunds, contended projects), group commit at its defaults...");
    report.WithFunds = await HttpCommandBench.RunAsync(options.Connection, "bench_http_funds", "group commit, with funds",
        CommandMix.WithFunds, new Dictionary<string, string>(), options, postmaster, log);
    await log.WriteLineAsync($"  {report.WithFunds.Load.PerSecond:0} commands/s");
    await log.WriteLineAsync("Verifying every project's hash chain and balances in the store the funds mix left...");
    report.ChainVerification = await ChainVerificationBench.RunAsync(report.WithFunds.ConnectionString);
    await log.WriteLineAsync($"  {report.ChainVerification.EventsPerSecond:0} events/s");
}

if (options.Runs("households-dedup"))
{
    await log.WriteLineAsync("Household registration under concurrent duplicates...");
    report.Dedup = await DedupBench.RunAsync(options.Connection, options, log);
}

if (options.Runs("http1"))
{
    await log.WriteLineAsync("Commands over HTTP, village mix, one transaction per command (MaxBatchSize=1)...");
    report.OnePerCommand = await HttpCommandBench.RunAsync(options.Connection, "bench_http_single", "MaxBatchSize=1", villageMix,
        new Dictionary<string, string> { ["EventStore:GroupCommit:MaxBatchSize"] = "1" }, options, postmaster, log);
    await log.WriteLineAsync($"  {report.OnePerCommand.Load.PerSecond:0} commands/s");
}

if (options.RunsCommands)
{
    await log.WriteLineAsync("Raw PostgreSQL baseline (after the HTTP runs)...");
    report.RawAfter = await RawPostgresBench.RunAsync(RawDatabase(), options, "after", rawCpu);
    await log.WriteLineAsync($"  {report.RawAfter.PerSecond:0} tx/s");
}

if (options.Runs("households-national"))
{
    await log.WriteLineAsync($"Village household list at national scale ({options.NationalHouseholds:N0} households in {options.NationalHouseholdVillages:N0} villages)...");
    report.NationalHouseholds = await NationalHouseholdsBench.RunAsync(options.Connection, options, postmaster, log);
}

if (options.Runs("rebuild"))
{
    await log.WriteLineAsync($"Rebuild of {options.RebuildEvents:N0} events...");
    report.Rebuild = await RebuildBench.RunAsync(options.Connection, options, postmaster, log);
}

if (options.Runs("coverage"))
{
    await log.WriteLineAsync("Coverage query at seed scale (474 villages, 240 envoys)...");
    report.Coverage.Add(await CoverageBench.RunAsync(options.Connection, "bench_coverage_seed", "seed scale",
        CoverageRegister.SeedScale(), [("city 370300, seed scale", "370300")], options, postmaster, log));
}

if (options.Runs("coverage-national"))
{
    var national = CoverageRegister.National(options.NationalVillages, options.NationalEnvoys);
    await log.WriteLineAsync($"Coverage query at national scale ({national.VillageCount:N0} villages, {national.Envoys:N0} envoys)...");
    var largest = national.LargestProvince;
    report.Coverage.Add(await CoverageBench.RunAsync(options.Connection, "bench_coverage_national", "national scale", national,
        [("province 370000 (typical)", "370000"), ($"province {largest}0000 (largest)", $"{largest}0000")], options, postmaster, log));
}

if (options.Runs("figures"))
{
    foreach (var (scale, events) in new[] { ("small store", options.FigureEvents / 10), ("large store", options.FigureEvents) })
    {
        await log.WriteLineAsync($"Figures at national scale, {scale}: {events:N0} field events...");
        report.Figures.Add(await FiguresBench.RunAsync(options.Connection, $"bench_figures_{events}", scale, events, options, postmaster, log));
    }
}

if (options.Runs("figures-rebuild"))
{
    await log.WriteLineAsync($"Figures' rebuild alone, large store: {options.FigureEvents:N0} field events...");
    report.Figures.Add(await FiguresBench.RunAsync(options.Connection, "bench_figures_rebuild", "large store, rebuild only", options.FigureEvents, options,
        postmaster, log, timeQueries: false));
}

if (options.Runs("cold"))
{
    await log.WriteLineAsync("Cold starts...");
    string connection, village;
    if (report.GroupCommit is { } run)
    {
        (connection, village) = (run.ConnectionString, run.SampleVillage);
    }
    else
    {
        // Without an HTTP run, a database with the schema and one village: one short HTTP run does it.
        var seeded = await HttpCommandBench.RunAsync(options.Connection, "bench_cold", "seed", CommandMix.Villages(options.RegisterShare),
            new Dictionary<string, string>(), options with { Warmup = TimeSpan.Zero, Duration = TimeSpan.FromSeconds(1), InitialStreamsPerClient = 1 },
            postmaster, log);
        (connection, village) = (seeded.ConnectionString, seeded.SampleVillage);
    }

    report.DotnetFloor = await ColdStartBench.DotnetFloorAsync(options.ColdStarts);
    report.ColdStarts.Add(await ColdStartBench.RunAsync("schema check at start (default)", connection, village,
        new Dictionary<string, string>(), options));
    report.ColdStarts.Add(await ColdStartBench.RunAsync("ApplySchemaOnStartup=false (db-apply deployments)", connection,
        village, new Dictionary<string, string> { ["EventStore:ApplySchemaOnStartup"] = "false" }, options));
}

report.Elapsed = total.Elapsed;
var markdown = report.ToMarkdown();
await log.WriteLineAsync();
await log.WriteLineAsync(markdown);
if (options.Output is { } output)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    await File.WriteAllTextAsync(output, markdown);
    await log.WriteLineAsync($"Written to {output}");
}

return report.Consistent ? 0 : 1;
