using System.Threading.RateLimiting;

namespace Fupin.EventSourced.Api.Hosting;

/// <summary>The token bucket that limits each user's commands.</summary>
public static class CommandBucket
{
    public static TokenBucketRateLimiterOptions Options(int commandsPerSecond, int burst) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = commandsPerSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
    };

    public static RateLimitPartition<string> Partition(string user, TokenBucketRateLimiterOptions bucket) =>
        RateLimitPartition.GetTokenBucketLimiter(user, _ => bucket);
}
