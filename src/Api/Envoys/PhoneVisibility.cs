using System.Security.Claims;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;

namespace Fupin.EventSourced.Api.Envoys;

/// <summary>
/// An envoy's phone number is shown in full only to operators and admins (whose division covers the envoy, which
/// every read checks first); analysts, auditors and finance staff see it masked, e.g. <c>138****1234</c>.
/// </summary>
public static class PhoneVisibility
{
    public static bool SeesFullPhone(ClaimsPrincipal user) => user.FindFirst(FupinClaims.Role)?.Value is Roles.Operator or Roles.Admin;

    public static string Shown(ClaimsPrincipal user, string phone) => SeesFullPhone(user) ? phone : PhoneNumbers.Mask(phone);
}
