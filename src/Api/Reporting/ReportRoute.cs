using System.Globalization;
using Fupin.EventSourced.Api.Errors;
using Fupin.EventSourced.Domain;

namespace Fupin.EventSourced.Api.Reporting;

/// <summary>The route values every report reads: a division and a year or a date, refused with 400 when malformed.</summary>
public static class ReportRoute
{
    /// <summary>The code prefix of a 6-digit province (<c>370000</c>), city (<c>370300</c>) or county (<c>370302</c>) code.</summary>
    public static string DivisionPrefix(string divisionCode) =>
        Divisions.TryPrefix(divisionCode, out var prefix)
            ? prefix
            : throw new RequestException(ErrorCatalogue.RequestInvalid,
                "The division must be a 6-digit province (370000), city (370300) or county (370302) code.");

    public static int Year(string year) =>
        year.Length == 4 && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 2000 and <= 2100
            ? parsed
            : throw new RequestException(ErrorCatalogue.RequestInvalid, "The year must be a 4-digit year between 2000 and 2100.");

    public static DateOnly Date(string date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and <= 2100
            ? day
            : throw new RequestException(ErrorCatalogue.RequestInvalid, "The date must be written yyyy-MM-dd, between 2000 and 2100, e.g. 2018-12-31.");

    /// <summary>An optional business date from the query (<c>asOf=2018-06-30</c>).</summary>
    public static DateOnly? OptionalDate(string? date) => string.IsNullOrEmpty(date) ? null : Date(date);

    /// <summary>An optional <c>knownOn</c> from the query; see <see cref="KnownOn"/>.</summary>
    public static DateTimeOffset? OptionalInstant(string? instant) => string.IsNullOrEmpty(instant) ? null : KnownOn(instant);

    /// <summary>
    /// <c>knownOn</c>, the one form every "as known on" question takes: an ISO 8601 instant that names its zone
    /// (<c>2019-03-31T23:59:59+08:00</c>, <c>…Z</c>), or a bare date meaning through the end of that day in China Standard
    /// Time (UTC+8), where the programme's offices are.
    /// </summary>
    public static DateTimeOffset KnownOn(string instant)
    {
        if (instant.Length == 10)
        {
            var day = Date(instant);
            return ChinaTime.EndOf(day).ToUniversalTime();
        }

        return TryZonedInstant(instant, out var parsed) && parsed.Year is >= 2000 and <= 2100
            ? parsed.ToUniversalTime()
            : throw new RequestException(ErrorCatalogue.RequestInvalid,
                "'knownOn' must be a date (yyyy-MM-dd, through the end of that day in Beijing time) or an ISO 8601 instant with a time zone, e.g. 2023-07-31T23:59:59+08:00.");
    }

    /// <summary>An ISO 8601 instant that names its zone (<c>Z</c> or an offset after the time): a local time is refused.</summary>
    public static bool TryZonedInstant(string value, out DateTimeOffset instant)
    {
        instant = default;
        return value.IndexOf('T', StringComparison.Ordinal) is > 0 and var t && (value.EndsWith('Z') || value.LastIndexOfAny(['+', '-']) > t)
               && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    /// <summary>The 6-digit code of a county (not a city or province): the level that submits its figures.</summary>
    public static string County(string countyCode) =>
        DivisionPrefix(countyCode) is { Length: 6 } county
            ? county
            : throw new RequestException(ErrorCatalogue.RequestInvalid, "The county must be a 6-digit county code, e.g. 370302.");

    /// <summary>Paging: a positive page size up to 500 (default 100), and an optional event sequence to start after.</summary>
    public static int Limit(string? limit) =>
        string.IsNullOrEmpty(limit) ? 100
        : int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= 500 ? parsed
        : throw new RequestException(ErrorCatalogue.RequestInvalid, "The limit must be a whole number from 1 to 500.");

    public static long? After(string? after) =>
        string.IsNullOrEmpty(after) ? null
        : long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed
        : throw new RequestException(ErrorCatalogue.RequestInvalid, "after must be an event sequence number.");
}
