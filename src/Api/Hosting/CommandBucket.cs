using System.Threading.RateLimiting;

namespace Fupin.EventSourced.Api.Hosting;

/// <summary>The token bucket that limits each user's commands.</summary>
public static class CommandBucket
{
    /// <summary>
    /// Timers count whole milliseconds and wake a little late, so a bucket refilled more often than this would
    /// not keep its rate.
    /// </summary>
    private static readonly TimeSpan ShortestRefillPeriod = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// A bucket of <paramref name="burst"/> tokens refilled at <paramref name="commandsPerSecond"/>: min(rate,
    /// burst) tokens every min(rate, burst) / rate seconds. Refilling the whole rate once a second would spill
    /// over a smaller bucket and hold the sustained rate down to the burst.
    /// </summary>
    public static TokenBucketRateLimiterOptions Options(int commandsPerSecond, int burst)
    {
        if (commandsPerSecond < 1 || burst < 1)
        {
            throw new InvalidOperationException(
                "Limits:CommandsPerSecondPerUser and Limits:CommandBurstPerUser must each be at least 1.");
        }

        var refill = Math.Min(commandsPerSecond, burst);
        var period = TimeSpan.FromSeconds((double)refill / commandsPerSecond);
        if (period < ShortestRefillPeriod)
        {
            throw new InvalidOperationException(
                $"Limits:CommandBurstPerUser ({burst}) must be at least a hundredth of Limits:CommandsPerSecondPerUser "
                + $"({commandsPerSecond}): the bucket cannot be refilled more often than every {ShortestRefillPeriod.TotalMilliseconds} ms.");
        }

        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = refill,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    /// <summary>
    /// The user's own bucket, refilled by its own timer. <c>RateLimitPartition.GetTokenBucketLimiter</c> would
    /// refill it on the partitioned limiter's 100 ms heartbeat instead, never above its limit: at most ten bursts a
    /// second whatever the configured rate. An idle bucket is disposed, timer and all, after 10 s.
    /// </summary>
    public static RateLimitPartition<string> Partition(string user, TokenBucketRateLimiterOptions bucket) =>
        RateLimitPartition.Get(user, _ => new TokenBucketRateLimiter(bucket));
}
