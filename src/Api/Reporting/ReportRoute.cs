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
}
