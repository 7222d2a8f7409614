using System.Threading.RateLimiting;
using Fupin.EventSourced.Api.Hosting;

namespace Fupin.EventSourced.Api.Tests.Hosting;

/// <summary>
/// The per-user command bucket holds <c>Limits:CommandBurstPerUser</c> tokens and refills at
/// <c>Limits:CommandsPerSecondPerUser</c>, whichever of the two is larger.
/// </summary>
public class CommandBucketTests
{
    public static TheoryData<int, int> Settings() => new()
    {
        { 1000, 100 },
        { 1000, 10 },
        { 50, 100 },
        { 100, 100 },
        { 1, 3 },
        { 3, 1 },
        { 7, 2 },
        { 100_000, 100_000 },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void The_sustained_rate_is_the_configured_rate_and_a_burst_the_configured_burst(int rate, int burst)
    {
        var bucket = CommandBucket.Options(rate, burst);

        bucket.TokenLimit.Should().Be(burst);
        // Each refill adds TokensPerPeriod but never fills the bucket beyond TokenLimit.
        var sustained = Math.Min(bucket.TokensPerPeriod, bucket.TokenLimit) / bucket.ReplenishmentPeriod.TotalSeconds;
        sustained.Should().BeApproximately(rate, rate * 0.001);
        bucket.QueueLimit.Should().Be(0, "a command over the limit is refused, not held");
    }

    [Fact]
    public void Each_users_bucket_refills_on_its_own_period()
    {
        var bucket = CommandBucket.Options(1000, 100);

        using var limiter = CommandBucket.Partition("li.na", bucket).Factory("li.na");

        // The partitioned limiter refills buckets that do not refill themselves only every 100 ms, never above
        // their limit: at most ten bursts a second, whatever the configured rate.
        var replenishing = limiter.Should().BeAssignableTo<ReplenishingRateLimiter>().Subject;
        replenishing.IsAutoReplenishing.Should().BeTrue();
        replenishing.ReplenishmentPeriod.Should().Be(TimeSpan.FromMilliseconds(100));
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(10, 0)]
    [InlineData(-1, 10)]
    [InlineData(10_000, 99)]
    public void Limits_the_bucket_cannot_keep_are_refused_naming_the_settings(int rate, int burst)
    {
        var configure = () => CommandBucket.Options(rate, burst);

        configure.Should().Throw<InvalidOperationException>().WithMessage("*Limits:Command*");
    }
}
