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

if (options.Runs("raw") || options.Runs("http"))
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

if (options.Runs("http"))
{
    await log.WriteLineAsync("Commands over HTTP, group commit at its defaults...");
    report.GroupCommit = await HttpCommandBench.RunAsync(options.Connection, "bench_http_group", "group commit",
        new Dictionary<string, string>(), options, postmaster, log);
    await log.WriteLineAsync($"  {report.GroupCommit.Load.PerSecond:0} commands/s");

    if (options.Runs("http1"))
    {
        await log.WriteLineAsync("Commands over HTTP, one transaction per command (MaxBatchSize=1)...");
        report.OnePerCommand = await HttpCommandBench.RunAsync(options.Connection, "bench_http_single", "MaxBatchSize=1",
            new Dictionary<string, string> { ["EventStore:GroupCommit:MaxBatchSize"] = "1" }, options, postmaster, log);
        await log.WriteLineAsync($"  {report.OnePerCommand.Load.PerSecond:0} commands/s");
    }

    await log.WriteLineAsync("Raw PostgreSQL baseline (after the HTTP runs)...");
    report.RawAfter = await RawPostgresBench.RunAsync(RawDatabase(), options, "after", rawCpu);
    await log.WriteLineAsync($"  {report.RawAfter.PerSecond:0} tx/s");
}

if (options.Runs("rebuild"))
{
    await log.WriteLineAsync($"Rebuild of {options.RebuildEvents:N0} events...");
    report.Rebuild = await RebuildBench.RunAsync(options.Connection, options, postmaster, log);
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
        var seeded = await HttpCommandBench.RunAsync(options.Connection, "bench_cold", "seed",
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
