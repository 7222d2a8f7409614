using Fupin.EventSourced.TestKit;
using Npgsql;

namespace Fupin.EventSourced.Faults.Tests.Infrastructure;

/// <summary>An API process under a name the test and PostgreSQL (<c>application_name</c>) both know it by.</summary>
public sealed record ApiNode(string Name, ApiProcess Process) : IAsyncDisposable
{
    /// <summary>
    /// Starts the built API on <paramref name="connectionString"/> with <c>Application Name=</c><paramref name="name"/>,
    /// so its sessions (and the daemon's advisory lock) can be told apart in <c>pg_stat_activity</c>.
    /// </summary>
    /// <param name="daemon">The <c>EventStore:Daemon</c> mode; null keeps the API's default (HotCold).</param>
    public static async Task<ApiNode> StartAsync(string connectionString, string name, string? daemon = null)
    {
        var named = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = name }.ConnectionString;
        var settings = new Dictionary<string, string>();
        if (daemon is not null)
        {
            settings["EventStore:Daemon"] = daemon;
        }

        return new ApiNode(name, await ApiProcess.StartAsync(named, settings));
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();
}

/// <summary>
/// The API nodes clients send to, as a load balancer sees them: the test takes a dead node out or puts its
/// replacement in, and the clients spread their requests over whatever is listed.
/// </summary>
public sealed class ApiNodes(params ApiNode[] nodes)
{
    private ApiNode[] _listed = nodes;

    public IReadOnlyList<ApiNode> Listed => Volatile.Read(ref _listed);

    /// <summary>Takes <paramref name="node"/> out of rotation and lists <paramref name="replacement"/> instead (if any).</summary>
    public void Replace(ApiNode node, ApiNode? replacement)
    {
        var listed = Listed.Where(n => n != node);
        Volatile.Write(ref _listed, (replacement is null ? listed : listed.Append(replacement)).ToArray());
    }

    /// <summary>Round robin per client, so every client's requests reach every listed node.</summary>
    public ApiNode Pick(int client, long request)
    {
        var listed = Listed;
        return listed[(int)((client + request) % listed.Count)];
    }
}
