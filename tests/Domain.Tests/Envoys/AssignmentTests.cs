using Fupin.EventSourced.Domain.Envoys;
using static Fupin.EventSourced.Domain.Tests.Envoys.Given;

namespace Fupin.EventSourced.Domain.Tests.Envoys;

/// <summary>Days of service are inclusive at both ends: an assignment from 1 June until 31 December serves on both.</summary>
public class AssignmentTests
{
    private static Assignment Of(string from, string? until = null, string? endedOn = null) =>
        new("a1", HomeVillage, Day(from)!.Value, Day(until), Day(endedOn));

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("2018-12-31", null, "2018-12-31")]
    [InlineData(null, "2018-09-30", "2018-09-30")]
    [InlineData("2018-12-31", "2018-09-30", "2018-09-30")]
    [InlineData("2018-12-31", "2018-12-31", "2018-12-31")]
    [InlineData("2018-09-30", "2018-12-31", "2018-09-30")]
    public void The_last_day_is_the_earlier_of_the_term_and_the_end(string? until, string? endedOn, string? lastDay)
    {
        Of("2018-06-01", until, endedOn).LastDay.Should().Be(Day(lastDay));
    }

    [Theory]
    [InlineData("2018-05-31", false)]
    [InlineData("2018-06-01", true)]
    [InlineData("2018-12-31", true)]
    [InlineData("2019-01-01", false)]
    public void A_term_is_active_from_its_first_to_its_last_day_inclusive(string day, bool active)
    {
        Of("2018-06-01", "2018-12-31").IsActiveOn(Day(day)!.Value).Should().Be(active);
    }

    [Theory]
    [InlineData("2018-05-31", false)]
    [InlineData("2018-06-01", true)]
    [InlineData("2100-12-31", true)]
    public void An_open_ended_assignment_is_active_every_day_from_its_first(string day, bool active)
    {
        Of("2018-06-01").IsActiveOn(Day(day)!.Value).Should().Be(active);
    }

    [Theory]
    [InlineData("2018-09-30", true)]
    [InlineData("2018-10-01", false)]
    public void An_ended_assignment_is_active_up_to_its_end(string day, bool active)
    {
        Of("2018-06-01", "2018-12-31", "2018-09-30").IsActiveOn(Day(day)!.Value).Should().Be(active);
    }

    [Theory]
    [InlineData("2019-08-31")]
    [InlineData("2019-09-01")]
    [InlineData("2019-12-31")]
    public void An_assignment_ended_before_its_first_day_is_never_active(string day)
    {
        Of("2019-09-01", endedOn: "2019-06-30").IsActiveOn(Day(day)!.Value).Should().BeFalse();
    }

    [Theory]
    [InlineData("2018-01-01", "2018-05-31", false)]
    [InlineData("2018-01-01", "2018-06-01", true)]
    [InlineData("2018-07-01", "2018-07-31", true)]
    [InlineData("2018-12-31", "2019-12-31", true)]
    [InlineData("2019-01-01", "2019-12-31", false)]
    [InlineData("2019-01-01", null, false)]
    [InlineData("2018-12-31", null, true)]
    [InlineData("2017-01-01", null, true)]
    [InlineData("2017-01-01", "2019-12-31", true)]
    public void A_term_overlaps_a_period_sharing_at_least_one_day_with_it(string from, string? until, bool overlaps)
    {
        Of("2018-06-01", "2018-12-31").Overlaps(Day(from)!.Value, Day(until)).Should().Be(overlaps);
    }

    [Theory]
    [InlineData("2018-01-01", "2018-05-31", false)]
    [InlineData("2018-01-01", "2018-06-01", true)]
    [InlineData("2030-01-01", null, true)]
    [InlineData("2017-01-01", null, true)]
    public void An_open_ended_assignment_overlaps_everything_from_its_first_day(string from, string? until, bool overlaps)
    {
        Of("2018-06-01").Overlaps(Day(from)!.Value, Day(until)).Should().Be(overlaps);
    }

    [Fact]
    public void An_assignment_ended_before_its_first_day_overlaps_nothing_after_the_end()
    {
        Of("2019-09-01", endedOn: "2019-06-30").Overlaps(Day(2019, 7, 1), null).Should().BeFalse();
    }
}
