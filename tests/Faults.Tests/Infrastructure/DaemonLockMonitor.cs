using Npgsql;

namespace Fupin.EventSourced.Faults.Tests.Infrastructure;

/// <summary>
/// Watches which API node holds the projection daemon's HotCold advisory lock (told apart by each node's
/// <c>Application Name</c>), sampling <c>pg_locks</c> every 100 ms until disposed.
/// </summary>
public sealed class DaemonLockMonitor : IAsyncDisposable
{
    private readonly EventStoreProbe _probe;
    private readonly long _key;
    private readonly Timeline _timeline;
    private readonly List<(TimeSpan At, string[] Holders)> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    private DaemonLockMonitor(EventStoreProbe probe, long key, Timeline timeline)
    {
        _probe = probe;
        _key = key;
        _timeline = timeline;
        _sampling = Task.Run(Sample);
    }

    /// <summary>The advisory lock key the daemon's leader holds.</summary>
    public long Key => _key;

    public IReadOnlyList<(TimeSpan At, string[] Holders)> Samples
    {
        get
        {
            lock (_samples)
            {
                return [.. _samples];
            }
        }
    }

    /// <summary>
    /// Waits until exactly one of <paramref name="nodes"/> holds advisory locks in the API's database, the same node
    /// on several polls in a row (the daemon leader's: nothing else the API does holds one for long), and returns
    /// that node's name and the key of one of its locks (the lowest), which the monitor then follows.
    /// </summary>
    public static async Task<(string Node, long Key)> FindLeaderAsync(EventStoreProbe probe, IReadOnlyList<ApiNode> nodes)
    {
        const int stablePolls = 3;
        var names = nodes.Select(n => n.Name).ToHashSet();
        List<AdvisoryLockHolder> held = [];
        (string Node, long Key)? seen = null;
        var polls = 0;
        await Eventually.WaitUntilAsync("exactly one node holds the daemon's advisory lock", async () =>
        {
            held = (await probe.AdvisoryLockHoldersAsync()).Where(l => names.Contains(l.ApplicationName)).ToList();
            // Marten's HotCold daemon takes one lock per async projection; the leader is the one node holding them.
            (string, long)? now = held.Count > 0 && held.Select(l => l.ApplicationName).Distinct().Count() == 1
                ? (held[0].ApplicationName, held.Min(l => l.Key))
                : null;
            polls = now is not null && now == seen ? polls + 1 : 1;
            seen = now;
            return now is not null && polls >= stablePolls;
        }, FaultSettings.CatchUpTimeout, () => Task.FromResult("Held: " + Describe(held)));
        return seen!.Value;
    }

    public static DaemonLockMonitor Start(EventStoreProbe probe, long key, Timeline timeline) => new(probe, key, timeline);

    /// <summary>The nodes holding the lock now.</summary>
    public async Task<string[]> HoldersAsync() =>
        [.. (await _probe.AdvisoryLockHoldersAsync()).Where(l => l.Key == _key).Select(l => l.ApplicationName).Distinct().Order()];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    public static string Describe(IEnumerable<AdvisoryLockHolder> held) =>
        string.Join("; ", held.Select(l => $"{l.ApplicationName} (pid {l.Pid}) key {l.Key}"));

    private async Task Sample()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var holders = await HoldersAsync();
                lock (_samples)
                {
                    _samples.Add((_timeline.Now, holders));
                }

                await Task.Delay(100, _stop.Token);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (NpgsqlException)
            {
                // A sample PostgreSQL could not answer is simply missing.
            }
        }
    }
}
