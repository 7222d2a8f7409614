using System.Globalization;

namespace Fupin.EventSourced.Bench;

/// <summary>Village codes for the benchmark: distinct, valid, spread over the counties of one city.</summary>
public static class Villages
{
    /// <summary>The city every HTTP client's token is scoped to (Zibo); its villages start with 3703.</summary>
    public const string City = "370300";

    /// <summary>
    /// The <paramref name="number"/>th village: county 01..99 of the city in turn, then township and village, so
    /// consecutive villages land in different counties as a real register's would.
    /// </summary>
    public static string Code(int number)
    {
        var county = 1 + (number % 99);
        var rest = number / 99;
        return string.Create(CultureInfo.InvariantCulture, $"3703{county:D2}{rest / 1000 % 1000:D3}{rest % 1000:D3}");
    }

    /// <summary>
    /// The <paramref name="number"/>th village of a nationwide register with <paramref name="perCounty"/> key villages
    /// in each county (in turn over provinces 11.., cities 01..30 and counties 01..30), for the rebuild.
    /// </summary>
    public static string Nationwide(int number, int perCounty)
    {
        var county = number / perCounty;
        var village = number % perCounty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{11 + (county / 900 % 89):D2}{1 + (county / 30 % 30):D2}{1 + (county % 30):D2}{1 + (village / 100):D3}{village % 100:D3}");
    }

    public static string Name(int number) => string.Create(CultureInfo.InvariantCulture, $"基准村{number}");
}
