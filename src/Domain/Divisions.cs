using System.Diagnostics.CodeAnalysis;

namespace Fupin.EventSourced.Domain;

/// <summary>
/// The administrative division tree as codes: province 37, city 3703, county 370302, township 370302101,
/// village 370302101001. Rollups and scopes follow the code prefix.
/// </summary>
public static class Divisions
{
    /// <summary>
    /// The division of a deliberately nationwide stream (the register's index of heads of household): every scope
    /// covers it and it belongs to no province. The exception to "one province per decision", kept small on purpose.
    /// </summary>
    public const string Nationwide = "";

    /// <summary>
    /// The province a division code lies in: its first two digits. This is the partition key of the programme's
    /// data: every stream's division decides its province, decisions never read across provinces, and a
    /// database per province (Marten multi-database tenancy) would route streams by this value.
    /// </summary>
    public static string? ProvinceOf(string divisionCode) => divisionCode == Nationwide ? null : divisionCode[..2];

    /// <summary>
    /// Parses a 6-digit province (<c>370000</c>), city (<c>370300</c>) or county (<c>370302</c>) code into the
    /// prefix every code under it starts with (<c>37</c>, <c>3703</c>, <c>370302</c>).
    /// </summary>
    public static bool TryPrefix([NotNullWhen(true)] string? division, [NotNullWhen(true)] out string? prefix)
    {
        prefix = null;
        if (division is not { Length: 6 } || !division.All(char.IsAsciiDigit) || division.StartsWith("00", StringComparison.Ordinal))
        {
            return false;
        }

        prefix = division.EndsWith("0000", StringComparison.Ordinal) ? division[..2]
            : division.EndsWith("00", StringComparison.Ordinal) ? division[..4]
            : division;
        return true;
    }

    /// <summary>A 6-digit city or county code (not a province): the levels that select envoys (seed 001).</summary>
    public static bool IsCityOrCounty([NotNullWhen(true)] string? division) =>
        TryPrefix(division, out var prefix) && prefix.Length >= 4;
}
