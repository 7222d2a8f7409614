using Fupin.EventSourced.Api.Security;

namespace Fupin.EventSourced.Api.Tests.Security;

public class DevTokenCommandTests
{
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(24)]
    public void A_lifetime_up_to_the_maximum_is_issued(int hours)
    {
        DevTokenCommand.LifetimeProblem(hours, Day).Should().BeNull();
    }

    [Fact]
    public void A_lifetime_over_the_maximum_is_refused_naming_the_setting()
    {
        DevTokenCommand.LifetimeProblem(25, Day).Should().Contain("--hours 25").And.Contain("Auth:MaxTokenLifetime");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void A_lifetime_under_an_hour_is_refused(int hours)
    {
        DevTokenCommand.LifetimeProblem(hours, Day).Should().Contain("at least 1");
    }

    [Fact]
    public void The_default_lifetime_is_within_the_default_maximum()
    {
        DevTokenCommand.LifetimeProblem(new DevTokenInput().HoursFlag, new AuthOptions().MaxTokenLifetime).Should().BeNull();
    }
}
