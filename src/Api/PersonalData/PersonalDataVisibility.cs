using System.Security.Claims;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;

namespace Fupin.EventSourced.Api.PersonalData;

/// <summary>
/// Who sees a household's personal data in clear: operators (of the household's division, which every read checks
/// first). Everyone else sees names and numbers masked, <c>张*</c>, <c>370302********1234</c>, <c>138****1234</c>;
/// an erased person is shown as <see cref="Erased"/> to everyone.
/// </summary>
public sealed class PersonalDataVisibility(KeyRing keys, bool full)
{
    public const string Erased = "[已删除]";

    public bool Full { get; } = full;

    public static bool SeesFull(ClaimsPrincipal user) => user.FindFirst(FupinClaims.Role)?.Value == Roles.Operator;

    public string Name(Sealed value) => Show(value, PersonNames.Mask);

    public string IdentityNumber(Sealed value) => Show(value, IdentityNumbers.Mask);

    public string Phone(Sealed value) => Show(value, PhoneNumbers.Mask);

    private string Show(Sealed value, Func<string, string> mask) =>
        PersonalDataProtector.Unseal(keys, value) is not { } plain ? Erased : Full ? plain : mask(plain);
}
