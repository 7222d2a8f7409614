using System.Security.Claims;
using Fupin.EventSourced.Domain;

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

    /// <summary>
    /// The caller's scope, or null when the token is not acceptable: it must carry one user id, exactly one known
    /// role, and at most one division, which operators and finance staff must have.
    /// </summary>
    public static DivisionScope? Of(ClaimsPrincipal user)
    {
        var subjects = user.FindAll(FupinClaims.Subject).ToList();
        var roles = user.FindAll(FupinClaims.Role).ToList();
        var divisions = user.FindAll(FupinClaims.Division).ToList();
        if (subjects is not [{ Value.Length: > 0 }] || roles is not [var role] || !Roles.All.Contains(role.Value)
            || divisions.Count > 1)
        {
            return null;
        }

        if (divisions is not [var division])
        {
            return Roles.MustBeScoped(role.Value) ? null : Unscoped;
        }

        return TryParse(division.Value, out var scope) ? scope : null;
    }

    /// <summary>Parses a 6-digit province, city or county code into the prefix it covers.</summary>
    public static bool TryParse(string division, out DivisionScope scope)
    {
        scope = Divisions.TryPrefix(division, out var prefix) ? new DivisionScope(prefix) : Unscoped;
        return prefix is not null;
    }

    /// <summary>Whether a division code (province to village) lies inside this scope; every scope covers a nationwide stream.</summary>
    public bool Covers(string? divisionCode) =>
        Prefix is null || divisionCode == Divisions.Nationwide
                       || (divisionCode is not null && divisionCode.StartsWith(Prefix, StringComparison.Ordinal));
}
