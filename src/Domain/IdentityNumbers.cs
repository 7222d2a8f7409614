using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Fupin.EventSourced.Domain;

/// <summary>
/// The 18-character resident identity number (GB 11643-1999): a 6-digit region code, the birth date as yyyyMMdd, a
/// 3-digit sequence, and a check character computed with ISO 7064 MOD 11-2 (0–9 or X).
/// </summary>
public static class IdentityNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static bool IsValid([NotNullWhen(true)] string? value)
    {
        if (value is not { Length: 18 } || value.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9') || value.StartsWith("00", StringComparison.Ordinal))
        {
            return false;
        }

        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born)
            || born.Year < 1900)
        {
            return false;
        }

        return char.ToUpperInvariant(value[17]) == CheckCharacter(value);
    }

    /// <summary>The check character the first 17 digits call for.</summary>
    public static char CheckCharacter(string value)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (value[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    public static int BirthYear(string value) => int.Parse(value.AsSpan(6, 4), CultureInfo.InvariantCulture);

    /// <summary>What readers without the right to see it are shown: region code and last four, <c>370302********1234</c>.</summary>
    public static string Mask(string value) => value.Length == 18 ? string.Concat(value.AsSpan(0, 6), "********", value.AsSpan(14)) : "******";
}
