using Npgsql;
using Testcontainers.PostgreSql;

namespace Fupin.EventSourced.TestKit;

/// <summary>
/// The PostgreSQL server the tests create their databases on: <c>FUPIN_TEST_POSTGRES</c> when set (the test
/// command sets it to the cluster it started), else a Testcontainers PostgreSQL when a Docker engine answers,
/// else a cluster this process starts from the Debian binaries and stops when it exits.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "FUPIN_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Server = new(StartServerAsync);

    /// <summary>Creates an empty database for one test host and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var server = new NpgsqlConnectionStringBuilder(await Server.Value);
        var name = $"fupin_{purpose}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        server.Database = name;
        return server.ConnectionString;
    }

    private static async Task<string> StartServerAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            return given;
        }

        if (DockerEngineAnswers())
        {
            var container = new PostgreSqlBuilder("postgres:15").Build();
            await container.StartAsync();
            return new NpgsqlConnectionStringBuilder(container.GetConnectionString()) { Database = "postgres" }.ConnectionString;
        }

        if (!LocalPostgresCluster.BinariesInstalled)
        {
            throw new InvalidOperationException(
                $"No PostgreSQL for the tests: set {Variable}, run a Docker engine, or install the Debian " +
                "package 'postgresql' (./scripts/test.sh does it for you).");
        }

        var cluster = await LocalPostgresCluster.StartNewAsync("fsync=off", "full_page_writes=off", "synchronous_commit=off");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return cluster.ConnectionString("postgres");
    }

    private static bool DockerEngineAnswers()
    {
        const string socketPath = "/var/run/docker.sock";
        if (!File.Exists(socketPath))
        {
            return false;
        }

        try
        {
            using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix,
                System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
            socket.Connect(new System.Net.Sockets.UnixDomainSocketEndPoint(socketPath));
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
