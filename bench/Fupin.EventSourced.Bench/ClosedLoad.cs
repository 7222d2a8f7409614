using System.Diagnostics;
using System.Globalization;

namespace Fupin.EventSourced.Bench;

/// <summary>One client of a closed-loop run: it sends the next operation only when the last one was answered.</summary>
public interface ILoadClient
{
    /// <summary>Set-up that belongs to the warm-up (e.g. creating the first streams); not measured.</summary>
    Task PrepareAsync();

    /// <summary>One operation; returns its status (HTTP status, or 200 for a committed database transaction).</summary>
    Task<int> NextAsync();
}

/// <summary>The figures of one closed-loop run over its measured window.</summary>
public sealed record LoadResult(
    string Name,
    int Clients,
    TimeSpan Window,
    long Acknowledged,
    double PerSecond,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    IReadOnlyDictionary<int, long> StatusesMeasured,
    IReadOnlyDictionary<int, long> StatusesAll,
    IReadOnlyList<long> AcknowledgedPerSecond,
    TimeSpan WarmupTaken,
    TimeSpan WindowStartAt,
    TimeSpan LastAcknowledgedAt,
    CpuUsage? Cpu)
{
    public long NonSuccessMeasured => StatusesMeasured.Where(s => s.Key is < 200 or > 299).Sum(s => s.Value);

    public static string Mix(IReadOnlyDictionary<int, long> statuses) =>
        string.Join(", ", statuses.OrderBy(s => s.Key).Select(s =>
            string.Create(CultureInfo.InvariantCulture, $"{(s.Key == 0 ? "error" : s.Key.ToString(CultureInfo.InvariantCulture))}×{s.Value}")));

    public TimeSpan WindowEndAt => WindowStartAt + Window;

    /// <summary>Acknowledged operations per second since the start, warm-up included, to show when it levelled off.</summary>
    public string Timeline() => string.Join(' ', AcknowledgedPerSecond);
}

/// <summary>
/// Runs clients in a closed loop: warm-up (their set-up first, then the same load), then a measured window.
/// Only operations answered inside the window count; latency is of acknowledged (2xx) operations. Times are on
/// <see cref="Clock"/>, which the projection-lag sampler shares.
/// </summary>
public static class ClosedLoad
{
    public static readonly Stopwatch Clock = Stopwatch.StartNew();

    /// <summary>Mixed load after the last client's set-up, at least, before the window opens.</summary>
    private static readonly TimeSpan MinimumMixedWarmup = TimeSpan.FromSeconds(3);

    private readonly record struct Op(long EndTicks, long LatencyTicks, int Status);

    public static async Task<LoadResult> RunAsync(
        string name,
        IReadOnlyList<ILoadClient> clients,
        TimeSpan warmup,
        TimeSpan duration,
        Func<Task>? atMeasureStart = null,
        Func<Task>? atMeasureEnd = null)
    {
        var started = Clock.Elapsed;
        var stop = 0;
        var prepared = clients.Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var runs = clients.Select((client, i) => Task.Run(async () =>
        {
            var ops = new List<Op>(1 << 16);
            try
            {
                await client.PrepareAsync();
            }
            finally
            {
                prepared[i].TrySetResult();
            }

            while (Volatile.Read(ref stop) == 0)
            {
                var begin = Clock.ElapsedTicks;
                int status;
                try
                {
                    status = await client.NextAsync();
                }
                catch (Exception error) when (error is HttpRequestException or TaskCanceledException or IOException
                                                  or Npgsql.NpgsqlException or InvalidOperationException)
                {
                    status = 0;
                }

                var end = Clock.ElapsedTicks;
                ops.Add(new Op(end, end - begin, status));
            }

            return ops;
        })).ToArray();

        await Task.WhenAll(prepared.Select(p => p.Task));
        var measureStart = Clock.Elapsed;
        var wanted = started + warmup;
        measureStart = measureStart + MinimumMixedWarmup > wanted ? measureStart + MinimumMixedWarmup : wanted;
        await Task.Delay(measureStart - Clock.Elapsed);
        if (atMeasureStart is not null)
        {
            await atMeasureStart();
        }

        measureStart = Clock.Elapsed;
        await Task.Delay(duration);
        var measureEnd = Clock.Elapsed;
        Volatile.Write(ref stop, 1);
        if (atMeasureEnd is not null)
        {
            await atMeasureEnd();
        }

        var all = (await Task.WhenAll(runs)).SelectMany(ops => ops).ToList();
        return Summarise(name, clients.Count, all, started, measureStart, measureEnd);
    }

    private static LoadResult Summarise(
        string name, int clients, List<Op> all, TimeSpan started, TimeSpan measureStart, TimeSpan measureEnd)
    {
        var from = measureStart.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond;
        var to = measureEnd.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond;
        var startTicks = started.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond;
        static bool Ok(int status) => status is >= 200 and <= 299;

        var measured = all.Where(op => op.EndTicks >= from && op.EndTicks < to).ToList();
        var latencies = measured.Where(op => Ok(op.Status))
            .Select(op => op.LatencyTicks * 1000.0 / Stopwatch.Frequency)
            .Order()
            .ToArray();
        var window = measureEnd - measureStart;
        var seconds = (int)Math.Ceiling((measureEnd - started).TotalSeconds);
        var perSecond = new long[Math.Max(1, seconds)];
        foreach (var op in all.Where(op => Ok(op.Status)))
        {
            var second = (int)((op.EndTicks - startTicks) / Stopwatch.Frequency);
            if (second >= 0 && second < perSecond.Length)
            {
                perSecond[second]++;
            }
        }

        var ok = all.Where(op => Ok(op.Status)).ToList();
        return new LoadResult(
            name,
            clients,
            window,
            latencies.Length,
            latencies.Length / window.TotalSeconds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            latencies.Length == 0 ? double.NaN : latencies[^1],
            Count(measured),
            Count(all),
            perSecond,
            measureStart - started,
            measureStart,
            ok.Count == 0 ? TimeSpan.Zero : ToTimeSpan(ok.Max(op => op.EndTicks)),
            null);
    }

    private static Dictionary<int, long> Count(IEnumerable<Op> ops) =>
        ops.GroupBy(op => op.Status).ToDictionary(g => g.Key, g => (long)g.Count());

    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private static TimeSpan ToTimeSpan(long stopwatchTicks) =>
        TimeSpan.FromSeconds((double)stopwatchTicks / Stopwatch.Frequency);
}
