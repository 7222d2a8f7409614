using System.Security.Claims;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Envoys;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Envoys.GettingDetails;

/// <summary>An envoy as the register holds them now, with every assignment they have had.</summary>
/// <param name="Id">Server-issued id.</param>
/// <param name="Name">Full name.</param>
/// <param name="Organisation">Employer.</param>
/// <param name="OrganisationKind">Kind of employer.</param>
/// <param name="Specialty">Professional group.</param>
/// <param name="Title">Professional title.</param>
/// <param name="Phone">Mobile number; masked (<c>138****1234</c>) unless the caller is an operator or admin.</param>
/// <param name="DivisionCode">The selecting city or county.</param>
/// <param name="SelectedOn">Selection date.</param>
/// <param name="WithdrawnOn">Last day of service, once withdrawn.</param>
/// <param name="Assignments">Every assignment, oldest first.</param>
/// <param name="Version">Stream version; also the <c>ETag</c>.</param>
public sealed record EnvoyView(
    string Id,
    string Name,
    string Organisation,
    OrganisationKind OrganisationKind,
    Specialty Specialty,
    string Title,
    string Phone,
    string DivisionCode,
    DateOnly SelectedOn,
    DateOnly? WithdrawnOn,
    IReadOnlyList<AssignmentView> Assignments,
    long Version);

/// <summary>One assignment of an envoy to a village.</summary>
/// <param name="Id">Assignment id.</param>
/// <param name="VillageCode">The village's 12-digit code.</param>
/// <param name="From">First day of service.</param>
/// <param name="Until">Planned last day, if made for a term.</param>
/// <param name="EndedOn">Last day, if ended early.</param>
/// <param name="LastDay">The actual last day of service, or null while it runs without an end.</param>
public sealed record AssignmentView(string Id, string VillageCode, DateOnly From, DateOnly? Until, DateOnly? EndedOn, DateOnly? LastDay);

public static class GetEnvoyEndpoint
{
    /// <summary>Reads one envoy.</summary>
    /// <param name="envoyId">The envoy's id.</param>
    /// <response code="200">The envoy; <c>ETag</c> carries its version for If-Match.</response>
    /// <response code="404">No envoy with this id.</response>
    [WolverineGet("/api/envoys/{envoyId}", Name = "GetEnvoy")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<EnvoyView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<EnvoyView> Get(string envoyId, ClaimsPrincipal user, IQuerySession session, HttpResponse response)
    {
        var envoy = await session.LoadAsync<Envoy>(envoyId) ?? throw Envoy.NotFound(envoyId);
        response.Headers.ETag = ExpectedVersion.ETag(envoy.Version);
        return new EnvoyView(envoy.Id, envoy.Name, envoy.Organisation, envoy.OrganisationKind, envoy.Specialty, envoy.Title,
            PhoneVisibility.Shown(user, envoy.Phone), envoy.DivisionCode, envoy.SelectedOn, envoy.WithdrawnOn,
            [.. envoy.Assignments.Select(a => new AssignmentView(a.Id, a.VillageCode, a.From, a.Until, a.EndedOn, a.LastDay))],
            envoy.Version);
    }
}
