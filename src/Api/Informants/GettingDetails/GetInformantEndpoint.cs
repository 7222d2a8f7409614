using System.Security.Claims;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Informants;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Informants.GettingDetails;

/// <summary>A village informant.</summary>
/// <param name="Id">Server-issued id.</param>
/// <param name="VillageCode">Their key village.</param>
/// <param name="Name">Full name; masked (<c>张*</c>) unless the caller is an operator or admin.</param>
/// <param name="Phone">Mobile number; masked (<c>138****1234</c>) unless the caller is an operator or admin.</param>
/// <param name="RegisteredOn">The date they took the role.</param>
/// <param name="Version">Stream version; also the <c>ETag</c>.</param>
public sealed record InformantView(string Id, string VillageCode, string Name, string Phone, DateOnly RegisteredOn, long Version);

public static class GetInformantEndpoint
{
    /// <summary>Reads one informant; name and phone in full only for operators and admins.</summary>
    /// <param name="informantId">The informant's id.</param>
    /// <response code="200">The informant; <c>ETag</c> carries its version.</response>
    /// <response code="404">No informant with this id.</response>
    [WolverineGet("/api/informants/{informantId}", Name = "GetInformant")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<InformantView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<InformantView> Get(string informantId, ClaimsPrincipal user, IQuerySession session, HttpResponse response)
    {
        var informant = await session.LoadAsync<Informant>(informantId) ?? throw Informant.NotFound(informantId);
        response.Headers.ETag = ExpectedVersion.ETag(informant.Version);
        var full = user.FindFirst(FupinClaims.Role)?.Value is Roles.Operator or Roles.Admin;
        return new InformantView(informant.Id, informant.DivisionCode,
            full ? informant.Name : PersonNames.Mask(informant.Name),
            full ? informant.Phone : PhoneNumbers.Mask(informant.Phone),
            informant.RegisteredOn, informant.Version);
    }
}
