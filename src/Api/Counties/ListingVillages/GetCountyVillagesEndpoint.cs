using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Projections.Villages;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Counties.ListingVillages;

/// <summary>A county's registered key villages.</summary>
/// <param name="CountyCode">6-digit administrative division code.</param>
/// <param name="County">County name.</param>
/// <param name="VillageCount">How many villages are listed.</param>
/// <param name="Villages">The villages in code order.</param>
public sealed record CountyVillagesView(string CountyCode, string County, int VillageCount, IReadOnlyList<CountyVillage> Villages)
{
    public static CountyVillagesView Of(CountyVillages county) =>
        new(county.Id, county.County, county.VillageCount, county.Villages);
}

public static class GetCountyVillagesEndpoint
{
    /// <summary>Reads a county's registered key villages.</summary>
    /// <remarks>Built asynchronously: a village registered a moment ago may not be listed yet.</remarks>
    /// <param name="countyCode">The county's 6-digit administrative division code.</param>
    /// <response code="200">The county's villages in code order.</response>
    /// <response code="404">No village of this county is registered (yet).</response>
    [WolverineGet("/api/counties/{countyCode}/villages", Name = "GetCountyVillages")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<CountyVillagesView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<CountyVillagesView> Get(string countyCode, IQuerySession session)
    {
        var county = await session.LoadAsync<CountyVillages>(countyCode)
                     ?? throw new NotFoundException("county.not-found", $"No village of county {countyCode} is registered.");
        return CountyVillagesView.Of(county);
    }
}
