using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Households.Lifecycle;

namespace Fupin.EventSourced.Api.Households;

/// <summary>Configuration section <c>Households</c>.</summary>
public sealed class HouseholdsOptions
{
    public const string Section = "Households";

    /// <summary>How many days a public notice must run before the county may approve the exit (at least a week).</summary>
    public int MinimumNoticeDays { get; set; } = RecordLifecycleStep.DefaultMinimumNoticeDays;
}

/// <summary>Business dates are China's: "today" is the date in UTC+8, from the injected clock.</summary>
public static class BusinessDates
{
    public static DateOnly Today(this TimeProvider clock) => ChinaTime.DateOf(clock.GetUtcNow());
}
