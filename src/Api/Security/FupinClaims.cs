namespace Fupin.EventSourced.Api.Security;

/// <summary>Claim types of a Fupin token, as they appear in the JWT (inbound claim mapping is off).</summary>
public static class FupinClaims
{
    public const string Subject = "sub";
    public const string Role = "role";

    /// <summary>
    /// The administrative division the user may act on: a 6-digit province, city or county code such as
    /// <c>370000</c>, <c>370300</c> or <c>370302</c>. Absent means unscoped, which only analysts, auditors and
    /// admins may be.
    /// </summary>
    public const string Division = "division";
}
