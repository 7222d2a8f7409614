using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Villages;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Villages.GettingDetails;

/// <summary>A registered village as it stands now.</summary>
/// <param name="Code">12-digit statistical division code.</param>
/// <param name="Name">Current name (after any corrections).</param>
/// <param name="CountyCode">6-digit code of the village's county.</param>
/// <param name="County">County name.</param>
/// <param name="TownshipCode">9-digit code of the village's township.</param>
/// <param name="Township">Township name.</param>
/// <param name="Version">Stream version; also the <c>ETag</c>.</param>
public sealed record VillageView(
    string Code, string Name, string CountyCode, string County, string TownshipCode, string Township, long Version)
{
    public static VillageView Of(Village village) => new(village.Id, village.Name, village.CountyCode, village.County,
        village.TownshipCode, village.Township, village.Version);
}

public static class GetVillageEndpoint
{
    /// <summary>Reads one village.</summary>
    /// <param name="villageCode">The village's 12-digit code.</param>
    /// <response code="200">The village; <c>ETag</c> carries its version for If-Match.</response>
    /// <response code="404">No village with this code.</response>
    [WolverineGet("/api/villages/{villageCode}", Name = "GetVillage")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<VillageView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<VillageView> Get(string villageCode, IQuerySession session, HttpResponse response)
    {
        var village = await session.LoadAsync<Village>(villageCode) ?? throw Village.NotFound(villageCode);
        response.Headers.ETag = ExpectedVersion.ETag(village.Version);
        return VillageView.Of(village);
    }
}
