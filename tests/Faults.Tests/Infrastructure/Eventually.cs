using System.Diagnostics;
using Npgsql;

namespace Fupin.EventSourced.Faults.Tests.Infrastructure;

/// <summary>Polling with a deadline: the only way these tests wait for something to happen.</summary>
public static class Eventually
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Polls <paramref name="condition"/> until it holds and returns how long that took; throws with
    /// <paramref name="describe"/>'s account of the last state once <paramref name="timeout"/> has passed. A poll
    /// that fails because PostgreSQL or the API cannot be reached counts as "not yet".
    /// </summary>
    public static async Task<TimeSpan> WaitUntilAsync(
        string what, Func<Task<bool>> condition, TimeSpan timeout, Func<Task<string>>? describe = null)
    {
        var watch = Stopwatch.StartNew();
        Exception? lastError = null;
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return watch.Elapsed;
                }

                lastError = null;
            }
            catch (Exception error) when (error is NpgsqlException or HttpRequestException or TaskCanceledException)
            {
                lastError = error;
            }

            if (watch.Elapsed > timeout)
            {
                var state = describe is null ? "" : await SafelyAsync(describe);
                throw new TimeoutException(
                    $"Not within {timeout.TotalSeconds:F0} s: {what}. {state} {lastError?.GetType().Name}: {lastError?.Message}");
            }

            await Task.Delay(Interval);
        }
    }

    private static async Task<string> SafelyAsync(Func<Task<string>> describe)
    {
        try
        {
            return await describe();
        }
        catch (Exception error) when (error is NpgsqlException or HttpRequestException or TaskCanceledException)
        {
            return $"(state unknown: {error.Message})";
        }
    }
}
