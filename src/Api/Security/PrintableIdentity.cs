using System.Security.Claims;
using Fupin.EventSourced.Domain;

namespace Fupin.EventSourced.Api.Security;

/// <summary>
/// The claims that name who acted (<c>sub</c>, <c>role</c>, <c>division</c>) are recorded on every event and shown
/// to auditors, so they follow the same rule as any text a person reads: no control or formatting characters.
/// A NUL in <c>sub</c> makes PostgreSQL refuse the event; a bidirectional override makes an audit trail show
/// another user's name.
/// </summary>
public static class PrintableIdentity
{
    private static readonly string[] IdentityClaims = [FupinClaims.Subject, FupinClaims.Role, FupinClaims.Division];

    public static bool Holds(ClaimsPrincipal user) =>
        user.Claims.Where(claim => IdentityClaims.Contains(claim.Type)).All(claim => TextRules.IsPrintable(claim.Value));
}
