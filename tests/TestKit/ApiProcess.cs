using System.Diagnostics;
using System.Globalization;

namespace Fupin.EventSourced.TestKit;

/// <summary>
/// The API as a real operating-system process (the built Fupin.EventSourced.Api.dll on Kestrel), for tests and
/// benchmarks that kill, restart or run several nodes. Output is kept for diagnostics.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    private ApiProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
    }

    public int Port { get; }
    public Uri BaseAddress { get; }
    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote so far, stdout and stderr interleaved.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the API on a free loopback port (or <paramref name="port"/>) against <paramref name="connectionString"/>
    /// and returns once <c>/health/ready</c> answers 200. <paramref name="settings"/> are configuration keys,
    /// e.g. <c>EventStore:Daemon</c>, passed as environment variables.
    /// </summary>
    public static async Task<ApiProcess> StartAsync(
        string connectionString,
        IReadOnlyDictionary<string, string>? settings = null,
        int? port = null,
        TimeSpan? timeout = null)
    {
        var assembly = RepoPaths.ApiAssembly;
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"Build the API first: {assembly} is missing.");
        }

        var chosenPort = port ?? FreePort.Next();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(assembly);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{chosenPort.ToString(CultureInfo.InvariantCulture)}";
        start.Environment["ConnectionStrings__Postgres"] = connectionString;
        start.Environment["Auth__SigningKey"] = TestTokens.SigningKey;
        start.Environment["PersonalData__MasterKey"] = TestPersonalDataKeys.MasterKey;
        start.Environment["PersonalData__LookupKey"] = TestPersonalDataKeys.LookupKey;
        start.Environment["Limits__CommandsPerSecondPerUser"] = "1000000";
        start.Environment["Limits__CommandBurstPerUser"] = "1000000";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var api = new ApiProcess(process, chosenPort);
        process.OutputDataReceived += (_, e) => api.Append(e.Data);
        process.ErrorDataReceived += (_, e) => api.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        await api.WaitUntilReadyAsync(timeout ?? TimeSpan.FromSeconds(60));
        return api;
    }

    public HttpClient CreateClient(string? bearerToken = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (bearerToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", bearerToken);
        }

        return client;
    }

    /// <summary>Polls <c>/health/ready</c> until it answers 200.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The API was not ready within {timeout}:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown hooks run, in-flight requests are cut.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM and wait: the graceful shutdown an orchestrator performs.</summary>
    public async Task StopAsync(TimeSpan? timeout = null)
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
