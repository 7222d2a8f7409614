using System.Security.Claims;
using Fupin.EventSourced.Api.Envoys;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Experts;

namespace Fupin.EventSourced.Api.Experts;

/// <summary>An expert of the registry as it holds them now.</summary>
/// <param name="Id">Server-issued id.</param>
/// <param name="Name">Full name.</param>
/// <param name="Organisation">Employer.</param>
/// <param name="Title">Professional title.</param>
/// <param name="Specialty">Field.</param>
/// <param name="Phone">Mobile number; masked (<c>138****1234</c>) unless the caller is an operator or admin, as an envoy's is.</param>
/// <param name="DivisionCode">The city or county that keeps the registry entry.</param>
/// <param name="RegisteredOn">The day the expert entered the registry.</param>
/// <param name="GroupId">The professional group the expert belongs to, if any.</param>
/// <param name="JoinedGroupOn">The day they joined it.</param>
/// <param name="Version">Stream version; also the <c>ETag</c>.</param>
public sealed record ExpertView(
    string Id,
    string Name,
    string Organisation,
    string Title,
    Specialty Specialty,
    string Phone,
    string DivisionCode,
    DateOnly RegisteredOn,
    string? GroupId,
    DateOnly? JoinedGroupOn,
    long Version)
{
    public static ExpertView Of(Expert expert, ClaimsPrincipal user) =>
        new(expert.Id, expert.Name, expert.Organisation, expert.Title, expert.Specialty, PhoneVisibility.Shown(user, expert.Phone),
            expert.DivisionCode, expert.RegisteredOn, expert.GroupId, expert.JoinedGroupOn, expert.Version);
}
