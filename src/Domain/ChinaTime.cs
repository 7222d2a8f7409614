namespace Fupin.EventSourced.Domain;

/// <summary>China Standard Time, UTC+8 all year (no daylight saving): the programme's business dates are dates there.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The business date of an instant: its date in China.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The last instant of a day in China.</summary>
    public static DateTimeOffset EndOf(DateOnly day) => new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), Offset).AddTicks(-1);
}
