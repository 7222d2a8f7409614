namespace Fupin.EventSourced.Api.Tests.Infrastructure;

/// <summary>
/// Division codes for tests. Every call to <see cref="NewVillage"/> returns a village code no other test in the
/// process uses, so tests sharing a database never collide.
/// </summary>
public static class Codes
{
    /// <summary>淄川区, Zibo: the county most test callers are scoped to.</summary>
    public const string County = "370302";

    /// <summary>张店区, Zibo: a county outside <see cref="County"/>.</summary>
    public const string OtherCounty = "370303";

    /// <summary>淄博市: the city containing both counties.</summary>
    public const string City = "370300";

    private static int _next = Random.Shared.Next(0, 500_000);

    public static string NewVillage(string county = County)
    {
        var serial = Interlocked.Increment(ref _next) % 1_000_000;
        return county + serial.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
