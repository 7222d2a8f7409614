using System.Diagnostics;
using System.Globalization;
using System.Net;
using Fupin.EventSourced.TestKit;

namespace Fupin.EventSourced.Bench;

public sealed record HttpRunResult(string Label, CommandMix Mix, LoadResult Load, ProjectionLag Lag, StoreCheck Check, string ConnectionString, string SampleVillage);

/// <summary>
/// Commands over HTTP against the Release build of the API as a real process: each client registers its first
/// streams, then sends the <see cref="CommandMix"/> over its own villages and envoys (<see cref="CommandClient"/>).
/// </summary>
public static class HttpCommandBench
{
    public const string Schema = "fupin";

    public static async Task<HttpRunResult> RunAsync(
        string serverConnection, string database, string label, CommandMix mix, IReadOnlyDictionary<string, string> settings,
        BenchOptions options, int? postmasterPid, TextWriter log)
    {
        var connectionString = await Databases.CreateAsync(serverConnection, database);
        var profile = options.PerfDirectory is not null && settings.Count == 0;
        var environment = new Dictionary<string, string>(settings, StringComparer.Ordinal);
        foreach (var (key, value) in options.ApiEnvironment)
        {
            environment[key] = value;
        }

        if (profile)
        {
            // Names for JIT-compiled frames; without the double mapping of W^X, perf can attribute them.
            environment["DOTNET_PerfMapEnabled"] = "1";
            environment["DOTNET_EnableWriteXorExecute"] = "0";
        }

        settings = environment;

        await using var api = await StartApiAsync(connectionString, settings, log);
        var pid = CpuMeter.NewestChild("dotnet");
        await log.WriteLineAsync($"  API pid {pid?.ToString(CultureInfo.InvariantCulture) ?? "?"} on {api.BaseAddress}");
        var cpu = new CpuMeter(pid, postmasterPid);

        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Concurrency * 2,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        FundProjects? funds = null;
        if (mix.HasFunds)
        {
            funds = new FundProjects();
            using var finance = api.CreateClient(TestTokens.For("finance", Villages.City, "bench-funds-setup"));
            for (var i = 0; i < mix.ContendedProjects; i++)
            {
                funds.Contended.Add(await funds.RegisterFundedAsync(finance, $"基准共享项目 {i}"));
            }
        }

        var clients = Enumerable.Range(0, options.Concurrency)
            .Select(i => new CommandClient(handler, api.BaseAddress, i, options, mix, funds))
            .ToList();

        await using var lag = new ProjectionLagSampler(connectionString, Schema);
        lag.Start();
        CpuMeter.Snapshot? before = null;
        CpuUsage? used = null;
        Process? perf = null;
        var load = await ClosedLoad.RunAsync($"HTTP commands ({label})", clients, options.Warmup, options.Duration,
            () =>
            {
                before = cpu.Take();
                perf = profile ? StartPerf(options) : null;
                return Task.CompletedTask;
            },
            async () =>
            {
                used = CpuMeter.Between(before!.Value, cpu.Take());
                if (perf is not null)
                {
                    await perf.WaitForExitAsync();
                    perf.Dispose();
                    await log.WriteLineAsync($"  perf profile (API pid {pid}) in {options.PerfDirectory}");
                }
            });
        load = load with { Cpu = used };
        if (api.HasExited)
        {
            // Seen once on the shared machine: the API vanished mid-run and every later command failed at once.
            var output = api.Output;
            await log.WriteLineAsync($"  THE API EXITED DURING THE RUN; its last output:\n{output[Math.Max(0, output.Length - 3000)..]}");
        }

        var lags = await lag.FinishAsync(load.WindowStartAt, load.WindowEndAt, load.LastAcknowledgedAt, TimeSpan.FromMinutes(2));
        var check = await StoreCheck.RunAsync(connectionString, clients, TimeSpan.FromSeconds(30), funds?.Versions);
        var sample = clients.First(c => c.Streams.Count > 0).Streams[0].Code;
        foreach (var client in clients)
        {
            client.Dispose();
        }

        await api.StopAsync();
        return new HttpRunResult(label, mix, load, lags, check, connectionString, sample);
    }

    /// <summary>
    /// Starts the API; again on another port if the free port it was given was taken before Kestrel bound it (the
    /// machine is shared and the port comes from the ephemeral range).
    /// </summary>
    public static async Task<ApiProcess> StartApiAsync(string connectionString, IReadOnlyDictionary<string, string> settings, TextWriter log)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ApiProcess.StartAsync(connectionString, settings);
            }
            catch (InvalidOperationException error) when (attempt < 5 && IsPortTaken(error.Message))
            {
                await log.WriteLineAsync("  the API's port was taken meanwhile; starting it on another");
            }
        }
    }

    public static bool IsPortTaken(string output) => output.Contains("address already in use", StringComparison.OrdinalIgnoreCase);

    private static Process StartPerf(BenchOptions options)
    {
        Directory.CreateDirectory(options.PerfDirectory!);
        var start = new ProcessStartInfo("perf") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[]
                 {
                     "record", "-F", "499", "-a", "-g", "-o", Path.Combine(options.PerfDirectory!, "perf.data"), "--",
                     "sleep", ((int)options.Duration.TotalSeconds).ToString(CultureInfo.InvariantCulture),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }
}
