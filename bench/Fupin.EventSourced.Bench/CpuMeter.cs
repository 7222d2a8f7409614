using System.Globalization;

namespace Fupin.EventSourced.Bench;

/// <summary>Cores used over a measured window, per party: the API process, PostgreSQL, this process, everyone else.</summary>
/// <param name="ApiJit">The API's background (tier-up) JIT thread: still busy means the API is still warming up.</param>
public sealed record CpuUsage(double Api, double ApiJit, double Postgres, double Bench, double Others, double MachineCores)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"API {Api:0.00} (of which tier-up JIT thread {ApiJit:0.00}), PostgreSQL {Postgres:0.00}, load generator {Bench:0.00}, other processes {Others:0.00} of {MachineCores:0} cores");
}

/// <summary>
/// Reads CPU time from /proc (Linux only; elsewhere every figure is zero): a process's own and its reaped
/// children's user+system ticks, PostgreSQL as the postmaster and every process it forked, and the whole
/// machine from /proc/stat so the load of other users of a shared machine shows.
/// </summary>
public sealed class CpuMeter(int? apiPid, int? postmasterPid)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static int? PostmasterPid(string? pgData)
    {
        var file = pgData is null ? null : Path.Combine(pgData, "postmaster.pid");
        return file is not null && File.Exists(file)
            ? int.Parse(File.ReadLines(file).First(), CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>The newest child process of this one whose command is <paramref name="command"/>.</summary>
    public static int? NewestChild(string command)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var self = Environment.ProcessId;
        return ProcessIds()
            .Select(pid => (pid, stat: Stat(pid)))
            .Where(p => p.stat is { } s && s.ParentPid == self && s.Command == command)
            .Select(p => (int?)p.pid)
            .DefaultIfEmpty(null)
            .Max();
    }

    public Snapshot Take()
    {
        if (!OperatingSystem.IsLinux())
        {
            return new Snapshot(0, new Dictionary<int, long>(), 0, 0, 0, 0, DateTime.UtcNow);
        }

        var all = ProcessIds().Select(pid => (pid, stat: Stat(pid))).Where(p => p.stat is not null).ToList();
        long api = 0, postgres = 0;
        var jit = new Dictionary<int, long>();
        if (apiPid is { } a)
        {
            api = all.Where(p => p.pid == a).Sum(p => p.stat!.Value.Ticks);
            jit = TieredCompilationTicks(a);
        }

        if (postmasterPid is { } pm)
        {
            postgres = all.Where(p => p.pid == pm || p.stat!.Value.ParentPid == pm).Sum(p => p.stat!.Value.Ticks);
        }

        var self = all.Where(p => p.pid == Environment.ProcessId).Sum(p => p.stat!.Value.Ticks);
        var (busy, total) = Machine();
        return new Snapshot(api, jit, postgres, self, busy, total, DateTime.UtcNow);
    }

    public static CpuUsage Between(Snapshot start, Snapshot end)
    {
        var seconds = (end.At - start.At).TotalSeconds;
        if (seconds <= 0 || end.MachineTotal == start.MachineTotal)
        {
            return new CpuUsage(0, 0, 0, 0, 0, Environment.ProcessorCount);
        }

        double Cores(long ticks) => ticks / TicksPerSecond / seconds;
        var api = Cores(end.Api - start.Api);
        var postgres = Cores(end.Postgres - start.Postgres);
        var bench = Cores(end.Bench - start.Bench);
        var machine = Cores(end.MachineBusy - start.MachineBusy);
        // The tier-up thread exits when idle and a new one starts when needed: count each thread's own growth
        // (one that ended inside the window loses its last stretch, so this is a lower bound).
        var jit = end.ApiJit.Sum(t => t.Value - start.ApiJit.GetValueOrDefault(t.Key));
        return new CpuUsage(api, Cores(jit), postgres, bench,
            Math.Max(0, machine - api - postgres - bench), Environment.ProcessorCount);
    }

    public readonly record struct Snapshot(long Api, IReadOnlyDictionary<int, long> ApiJit, long Postgres, long Bench, long MachineBusy, long MachineTotal, DateTime At);

    private readonly record struct ProcStat(int ParentPid, string Command, long Ticks);

    private static IEnumerable<int> ProcessIds() =>
        Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => name is { Length: > 0 } && name.All(char.IsAsciiDigit))
            .Select(name => int.Parse(name!, CultureInfo.InvariantCulture));

    private static ProcStat? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            var open = text.IndexOf('(', StringComparison.Ordinal);
            var close = text.LastIndexOf(')');
            var command = text[(open + 1)..close];
            var fields = text[(close + 2)..].Split(' ');
            // After the command: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
                        + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
            return new ProcStat(int.Parse(fields[1], CultureInfo.InvariantCulture), command, ticks);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The runtime's ".NET Tiered Compilation Worker" thread(s) of a process (thread names are cut to 15 characters).</summary>
    private static Dictionary<int, long> TieredCompilationTicks(int pid)
    {
        var tasks = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/task";
        var ticks = new Dictionary<int, long>();
        if (!Directory.Exists(tasks))
        {
            return ticks;
        }

        foreach (var task in Directory.EnumerateDirectories(tasks))
        {
            try
            {
                var text = File.ReadAllText(Path.Combine(task, "stat"));
                var open = text.IndexOf('(', StringComparison.Ordinal);
                var close = text.LastIndexOf(')');
                if (!text[(open + 1)..close].StartsWith(".NET Tiered", StringComparison.Ordinal))
                {
                    continue;
                }

                var fields = text[(close + 2)..].Split(' ');
                ticks[int.Parse(Path.GetFileName(task), CultureInfo.InvariantCulture)] =
                    long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
            }
        }

        return ticks;
    }

    private static (long Busy, long Total) Machine()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal guest guest_nice; guest time is already in user.
        var total = cpu.Take(8).Sum();
        var idle = cpu[3] + cpu[4];
        return (total - idle, total);
    }
}
