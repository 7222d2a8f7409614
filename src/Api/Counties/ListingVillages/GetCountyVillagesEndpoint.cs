using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Villages;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Counties.ListingVillages;

/// <summary>A county's registered key villages.</summary>
/// <param name="CountyCode">6-digit administrative division code.</param>
/// <param name="County">County name, as the latest registration in it spelled it.</param>
/// <param name="VillageCount">How many villages are listed.</param>
/// <param name="Villages">The villages in code order.</param>
public sealed record CountyVillagesView(string CountyCode, string County, int VillageCount, IReadOnlyList<CountyVillage> Villages);

/// <summary>One village of a county, as named now.</summary>
/// <param name="Code">12-digit statistical division code.</param>
/// <param name="Name">Current name.</param>
/// <param name="Township">Township name.</param>
/// <param name="Version">Stream version, for If-Match.</param>
public sealed record CountyVillage(string Code, string Name, string Township, long Version);

public static class GetCountyVillagesEndpoint
{
    /// <summary>Lists a county's registered key villages.</summary>
    /// <remarks>Read from the village documents written with each command, so it includes every acknowledged one.</remarks>
    /// <param name="countyCode">The county's 6-digit administrative division code.</param>
    /// <response code="200">The county's villages in code order.</response>
    /// <response code="404">No village of this county is registered.</response>
    [WolverineGet("/api/counties/{countyCode}/villages", Name = "GetCountyVillages")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<CountyVillagesView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<CountyVillagesView> Get(string countyCode, IQuerySession session)
    {
        var villages = await session.Query<Village>()
            .Where(village => village.CountyCode == countyCode)
            .OrderBy(village => village.Id)
            .ToListAsync();
        if (villages.Count == 0)
        {
            throw VillageErrors.CountyHasNoVillages.Because($"No village of county {countyCode} is registered.");
        }

        return new CountyVillagesView(countyCode, villages[^1].County, villages.Count,
            villages.Select(v => new CountyVillage(v.Id, v.Name, v.Township, v.Version)).ToList());
    }
}
