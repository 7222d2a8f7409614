using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Fupin.EventSourced.Bench;

/// <summary>The same single-row insert driven by pgbench (C, its own process), for comparison with the Npgsql baseline.</summary>
public static partial class PgBenchRun
{
    private static readonly string[] Candidates = ["/usr/bin/pgbench", "/usr/lib/postgresql/15/bin/pgbench"];

    public sealed record Result(double Tps, double AverageLatencyMs, long Failed, string CommandLine);

    public static async Task<Result?> RunAsync(string connectionString, BenchOptions options)
    {
        var pgbench = Candidates.FirstOrDefault(File.Exists);
        if (pgbench is null)
        {
            return null;
        }

        var server = new NpgsqlConnectionStringBuilder(connectionString);
        var script = Path.Combine(Path.GetTempPath(), $"fupin-bench-{Guid.NewGuid():N}.sql");
        // pgbench has no per-client counter, so a stream id is random; a rare collision is skipped, not an error.
        await File.WriteAllTextAsync(script, """
            \set n random(1, 2000000000)
            insert into bench_raw (stream_id, version, type, data) values ('pgbench-' || :client_id || '-' || :n, 1, 'village_registered', '{"villageCode":"370302101001","name":"基准村","countyCode":"370302","county":"淄川区","townshipCode":"370302101","township":"注滋口镇"}') on conflict do nothing;

            """);
        try
        {
            var seconds = ((int)Math.Ceiling(options.Duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            var start = new ProcessStartInfo(pgbench)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            string[] arguments =
            [
                "-n", "-h", server.Host!, "-p", server.Port.ToString(CultureInfo.InvariantCulture), "-U", server.Username!,
                "-c", options.Concurrency.ToString(CultureInfo.InvariantCulture), "-j", "2", "-M", "prepared",
                "-T", seconds, "-f", script, server.Database!,
            ];
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["PGPASSWORD"] = server.Password;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var text = await output;
            var tps = TpsLine().Match(text);
            var latency = LatencyLine().Match(text);
            var failed = FailedLine().Match(text);
            if (process.ExitCode != 0 || !tps.Success)
            {
                throw new InvalidOperationException($"pgbench failed ({process.ExitCode}):\n{text}\n{await error}");
            }

            return new Result(
                double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture),
                latency.Success ? double.Parse(latency.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN,
                failed.Success ? long.Parse(failed.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
                $"pgbench {string.Join(' ', arguments[..^3])} -f <insert.sql>");
        }
        finally
        {
            File.Delete(script);
        }
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsLine();

    [GeneratedRegex(@"latency average = ([0-9.]+) ms")]
    private static partial Regex LatencyLine();

    [GeneratedRegex(@"number of failed transactions: ([0-9]+)")]
    private static partial Regex FailedLine();
}
