using System.Security.Claims;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Projections.Villages;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Counties.ListingCounties;

/// <summary>A county and how many key villages it has registered.</summary>
/// <param name="CountyCode">6-digit administrative division code.</param>
/// <param name="County">County name.</param>
/// <param name="VillageCount">Registered key villages.</param>
public sealed record CountySummary(string CountyCode, string County, int VillageCount);

public static class ListCountiesEndpoint
{
    /// <summary>Lists the counties within the caller's division, with their registered village counts.</summary>
    /// <remarks>Built asynchronously: a village registered a moment ago may not be counted yet.</remarks>
    /// <response code="200">Counties in code order; empty when none are in scope.</response>
    [WolverineGet("/api/counties", Name = "ListCounties")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<IReadOnlyList<CountySummary>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<CountySummary>> Get(ClaimsPrincipal user, IQuerySession session)
    {
        var prefix = DivisionScope.Of(user)?.Prefix ?? "";
        var counties = await session.Query<CountyVillageCount>()
            .Where(county => county.Id.StartsWith(prefix))
            .OrderBy(county => county.Id)
            .ToListAsync();
        return counties.Select(county => new CountySummary(county.Id, county.County, county.VillageCount)).ToList();
    }
}
