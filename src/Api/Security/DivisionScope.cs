using System.Security.Claims;

namespace Fupin.EventSourced.Api.Security;

/// <summary>
/// Which part of the division tree a user may see or change. Division codes nest by prefix: province 37,
/// city 3703, county 370302, township 370302101, village 370302101001. A scope of city 370300 covers every
/// code starting with 3703.
/// </summary>
public sealed record DivisionScope
{
    private DivisionScope(string? prefix) => Prefix = prefix;

    /// <summary>The code prefix every covered code starts with; null when unscoped.</summary>
    public string? Prefix { get; }

    public bool IsUnscoped => Prefix is null;

    public static DivisionScope Unscoped { get; } = new((string?)null);

    /// <summary>The caller's scope, or null when the token's role or division claim is not acceptable.</summary>
    public static DivisionScope? Of(ClaimsPrincipal user)
    {
        var role = user.FindFirstValue(FupinClaims.Role);
        if (role is null || !Roles.All.Contains(role))
        {
            return null;
        }

        var division = user.FindFirstValue(FupinClaims.Division);
        if (division is null)
        {
            return Roles.MustBeScoped(role) ? null : Unscoped;
        }

        return TryParse(division, out var scope) ? scope : null;
    }

    /// <summary>Parses a 6-digit province, city or county code into the prefix it covers.</summary>
    public static bool TryParse(string division, out DivisionScope scope)
    {
        scope = Unscoped;
        if (division.Length != 6 || !division.All(char.IsAsciiDigit) || division.StartsWith("00", StringComparison.Ordinal))
        {
            return false;
        }

        var prefix = division.EndsWith("0000", StringComparison.Ordinal) ? division[..2]
            : division.EndsWith("00", StringComparison.Ordinal) ? division[..4]
            : division;
        scope = new DivisionScope(prefix);
        return true;
    }

    /// <summary>Whether a county (6-digit), township (9) or village (12) code lies inside this scope.</summary>
    public bool Covers(string? divisionCode) =>
        Prefix is null || (divisionCode is not null && divisionCode.StartsWith(Prefix, StringComparison.Ordinal));
}
