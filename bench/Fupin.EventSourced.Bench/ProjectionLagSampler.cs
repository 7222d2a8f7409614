using Npgsql;

namespace Fupin.EventSourced.Bench;

/// <summary>How far the async <c>CountyVillageCount</c> projection trailed the event store.</summary>
/// <param name="MaxEvents">Largest gap seen between the store's last sequence and the projection's.</param>
/// <param name="MaxSeconds">
/// Longest time between the store's high-water mark reaching a sequence and the projection reaching it.
/// </param>
/// <param name="DrainSeconds">From the last acknowledged command to the projection reaching the final high-water mark.</param>
public sealed record ProjectionLag(long MaxEvents, double MaxSeconds, double DrainSeconds, long FinalSequence, int Samples, string Shard);

/// <summary>
/// Samples, every ~100 ms in one statement (one snapshot), the store's high-water mark
/// (<c>max(seq_id)</c> of <c>mt_events</c>: committed events only) and the progress of the CountyVillageCount shard in
/// <c>mt_event_progression</c>. Lag is judged on sequences that reached the store inside the measured window.
/// </summary>
public sealed class ProjectionLagSampler(string connectionString, string schema) : IAsyncDisposable
{
    private readonly List<(TimeSpan At, long Store, long Projection)> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;
    private string _shard = "";

    public void Start() => _loop = Task.Run(Loop);

    private async Task Loop()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        while (!_stop.IsCancellationRequested)
        {
            var sample = await Sample(connection);
            lock (_samples)
            {
                _samples.Add(sample);
            }

            try
            {
                await Task.Delay(100, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task<(TimeSpan, long, long)> Sample(NpgsqlConnection connection)
    {
        if (_shard.Length == 0)
        {
            await using var find = new NpgsqlCommand(
                $"select name from {schema}.mt_event_progression where name like '%CountyVillageCount%' order by name limit 1", connection);
            _shard = await find.ExecuteScalarAsync() as string ?? "";
        }

        await using var command = new NpgsqlCommand(
            $"select coalesce((select max(seq_id) from {schema}.mt_events), 0), " +
            $"coalesce((select last_seq_id from {schema}.mt_event_progression where name = $1), 0)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = _shard });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var at = ClosedLoad.Clock.Elapsed;
        return (at, reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>
    /// Waits until the projection has reached the store's current last sequence (all commands are answered by
    /// now) and returns the lag figures over <paramref name="windowStart"/>..<paramref name="windowEnd"/>.
    /// </summary>
    public async Task<ProjectionLag> FinishAsync(TimeSpan windowStart, TimeSpan windowEnd, TimeSpan lastAcknowledged, TimeSpan timeout)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var (_, final, _) = await Sample(connection);
        var drained = TimeSpan.MaxValue;
        var deadline = ClosedLoad.Clock.Elapsed + timeout;
        while (ClosedLoad.Clock.Elapsed < deadline)
        {
            var (at, _, projection) = await Sample(connection);
            if (projection >= final)
            {
                drained = at;
                break;
            }

            await Task.Delay(20);
        }

        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }

        List<(TimeSpan At, long Store, long Projection)> samples;
        lock (_samples)
        {
            samples = [.. _samples];
        }

        var inWindow = samples.Where(s => s.At >= windowStart && s.At <= windowEnd).ToList();
        var maxEvents = inWindow.Count == 0 ? 0 : inWindow.Max(s => s.Store - s.Projection);

        // A sequence s was in the store from the first sample whose high-water mark covers it, and projected from
        // the first sample whose progress covers it. The worst s of each step of the projection is the lowest.
        var maxSeconds = 0.0;
        for (var i = 1; i < samples.Count; i++)
        {
            if (samples[i].Projection <= samples[i - 1].Projection)
            {
                continue;
            }

            var lowest = samples[i - 1].Projection + 1;
            var stored = samples.FindIndex(s => s.Store >= lowest);
            if (stored >= 0 && samples[stored].At >= windowStart && samples[stored].At <= windowEnd)
            {
                maxSeconds = Math.Max(maxSeconds, (samples[i].At - samples[stored].At).TotalSeconds);
            }
        }

        var drain = drained == TimeSpan.MaxValue ? double.PositiveInfinity : Math.Max(0, (drained - lastAcknowledged).TotalSeconds);
        return new ProjectionLag(maxEvents, maxSeconds, drain, final, samples.Count, _shard);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            try
            {
                await _loop;
            }
            catch (OperationCanceledException)
            {
            }
        }

        _stop.Dispose();
    }
}
