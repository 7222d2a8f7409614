using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Fupin.EventSourced.TestKit;

namespace Fupin.EventSourced.Bench;

public sealed record ColdStartResult(
    string Label, IReadOnlyList<double> ReadyMs, IReadOnlyList<double> FirstReadMs, IReadOnlyList<double> FirstCommandMs)
{
    public double MedianReadyMs => Median(ReadyMs);
    public double MedianFirstReadMs => Median(FirstReadMs);
    public double MedianFirstCommandMs => Median(FirstCommandMs);

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public string Each() => string.Join(", ", ReadyMs.Select((r, i) =>
        string.Create(CultureInfo.InvariantCulture, $"{r:0}/{FirstReadMs[i]:0}/{FirstCommandMs[i]:0}")));
}

/// <summary>
/// Starts the Release build of the API (pre-generated Wolverine code, as in production) as
/// <c>dotnet Fupin.EventSourced.Api.dll</c>, with the environment <see cref="ApiProcess"/> gives it, on a database
/// that already has the schema and villages, and times from <see cref="Process.Start()"/> to the first 200 on
/// <c>/health/ready</c> (polled every 10 ms) and then to the first 200 on an authenticated
/// <c>GET /api/villages/{code}</c>, and then to the first 201 on a <c>POST /api/villages</c> (a new village). The baseline is the .NET host starting and ending a trivial program
/// (this benchmark with <c>--noop</c>).
/// </summary>
public static class ColdStartBench
{
    public static async Task<ColdStartResult> RunAsync(
        string label, string connectionString, string villageCode, IReadOnlyDictionary<string, string> settings,
        BenchOptions options)
    {
        var ready = new List<double>();
        var firstRead = new List<double>();
        var firstCommand = new List<double>();
        var portRetries = 0;
        var token = TestTokens.For("operator", Villages.City, "bench-cold-start");
        for (var i = 0; i < options.ColdStarts; i++)
        {
            (double, double, double) once;
            try
            {
                once = await StartOnce(connectionString, villageCode, settings, options.ApiEnvironment, token);
            }
            catch (InvalidOperationException error) when (HttpCommandBench.IsPortTaken(error.Message) && ++portRetries <= 5)
            {
                i--; // the free port was taken before Kestrel bound it; not a start to count
                continue;
            }

            var (r, g, c) = once;
            ready.Add(r);
            firstRead.Add(g);
            firstCommand.Add(c);
        }

        return new ColdStartResult(label, ready, firstRead, firstCommand);
    }

    /// <summary>Median time for the .NET host to start and finish this program with <c>--noop</c>.</summary>
    public static async Task<ColdStartResult> DotnetFloorAsync(int starts)
    {
        var times = new List<double>();
        var self = typeof(ColdStartBench).Assembly.Location;
        for (var i = 0; i < starts; i++)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
            start.ArgumentList.Add(self);
            start.ArgumentList.Add("--noop");
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return new ColdStartResult("dotnet host, trivial program", times, times, times);
    }

    /// <summary>Villages registered by cold starts, numbered far above those of the HTTP runs.</summary>
    private static int _registered = 50_000_000;

    private static async Task<(double Ready, double FirstRead, double FirstCommand)> StartOnce(
        string connectionString, string villageCode, IReadOnlyDictionary<string, string> settings,
        IReadOnlyDictionary<string, string> apiEnvironment, string token)
    {
        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(RepoPaths.ApiAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(RepoPaths.ApiAssembly);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["ConnectionStrings__Postgres"] = connectionString;
        start.Environment["Auth__SigningKey"] = TestTokens.SigningKey;
        foreach (var (key, value) in settings.Concat(apiEnvironment))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var handler = new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(1) };
        using var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            var ready = await FirstOk(http, process, () => new HttpRequestMessage(HttpMethod.Get, "/health/ready"), watch);
            var read = await FirstOk(http, process, () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, $"/api/villages/{villageCode}");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                return request;
            }, watch);
            var number = Interlocked.Increment(ref _registered);
            var code = Villages.Code(number);
            var command = await FirstOk(http, process, () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "/api/villages")
                {
                    Content = JsonContent.Create(new { code, name = Villages.Name(number), county = "基准县", township = "基准镇" }),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                return request;
            }, watch);
            return (ready, read, command);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The API did not answer within 60 s:\n{await output}\n{await errors}");
        }
        catch (InvalidOperationException) when (process.HasExited)
        {
            throw new InvalidOperationException($"The API exited with {process.ExitCode.ToString(CultureInfo.InvariantCulture)}:\n{await output}\n{await errors}");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }
    }

    private static async Task<double> FirstOk(HttpClient http, Process process, Func<HttpRequestMessage> request, Stopwatch watch)
    {
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with {process.ExitCode.ToString(CultureInfo.InvariantCulture)}.");
            }

            try
            {
                using var message = request();
                using var response = await http.SendAsync(message);
                if (response.IsSuccessStatusCode)
                {
                    return watch.Elapsed.TotalMilliseconds;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(10);
        }

        throw new TimeoutException();
    }
}
