using System.Diagnostics;
using Npgsql;

namespace Fupin.EventSourced.TestKit;

/// <summary>
/// A throwaway PostgreSQL cluster from the Debian server binaries, driven through the same shell library the
/// run and test commands use (scripts/lib/postgres.sh), so it runs as the <c>postgres</c> user when the tests
/// run as root. Fault tests own one each, since they restart it.
/// </summary>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    private readonly string _folder;

    private LocalPostgresCluster(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    private string DataDirectory => Path.Combine(_folder, "postgres");

    public static bool BinariesInstalled =>
        Directory.Exists("/usr/lib/postgresql") &&
        Directory.EnumerateFiles("/usr/lib/postgresql", "initdb", SearchOption.AllDirectories).Any();

    public static async Task<LocalPostgresCluster> StartNewAsync(params string[] settings)
    {
        var folder = Directory.CreateTempSubdirectory("fupin-pg-").FullName;
        // The server runs as the postgres user, which must reach its data folder inside this one.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                                         | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
        var cluster = new LocalPostgresCluster(folder, FreePort.Next());
        await cluster.StartAsync(settings);
        return cluster;
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = database,
        Username = "postgres",
        Password = "postgres",
    }.ConnectionString;

    /// <summary>Starts the cluster (initialising it the first time) unless it is running.</summary>
    public Task StartAsync(params string[] settings) =>
        Shell("pg_cluster_start \"$1\" \"$2\" \"${@:3}\"", [DataDirectory, Port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. settings]);

    /// <summary>Fast shutdown: open transactions roll back, committed ones are flushed.</summary>
    public Task StopAsync() => Shell("pg_cluster_stop \"$1\"", [DataDirectory]);

    /// <summary>Stops the cluster and deletes its folder.</summary>
    public async ValueTask DisposeAsync() => await Shell("pg_cluster_destroy \"$1\"", [DataDirectory]);

    private static async Task Shell(string command, string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($". \"{Path.Combine(RepoPaths.Scripts, "lib", "postgres.sh")}\" && {command}");
        start.ArgumentList.Add("postgres-test");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"PostgreSQL command failed ({process.ExitCode}): {command}\n{await output}\n{await error}");
        }
    }
}
