using System.Security.Claims;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Households;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Households.GettingDetails;

public static class GetHouseholdEndpoint
{
    /// <summary>Reads one household: in clear for operators of its division (and the view is recorded), masked for everyone else.</summary>
    /// <param name="householdId">The household's id.</param>
    /// <response code="200">The household; <c>ETag</c> carries its version.</response>
    /// <response code="404">No household with this id.</response>
    [WolverineGet("/api/households/{householdId}", Name = "GetHousehold")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<HouseholdView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<HouseholdView> Get(
        string householdId, ClaimsPrincipal user, IQuerySession session, HouseholdReading reading, HttpContext http)
    {
        var household = await session.LoadAsync<Household>(householdId, http.RequestAborted) ?? throw Household.NotFound(householdId);
        http.Response.Headers.ETag = ExpectedVersion.ETag(household.Version);
        return (await reading.ShowAsync([household], user, http, http.RequestAborted))[0];
    }
}

public static class GetVillageHouseholdsEndpoint
{
    /// <summary>A village's households with their state and helper: in clear for operators (recorded), masked for everyone else.</summary>
    /// <param name="villageCode">The village's 12-digit code.</param>
    /// <response code="200">The village's households, oldest registration first; empty when none.</response>
    [WolverineGet("/api/villages/{villageCode}/households", Name = "GetVillageHouseholds")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<IReadOnlyList<HouseholdView>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<HouseholdView>> Get(
        string villageCode, ClaimsPrincipal user, IQuerySession session, HouseholdReading reading, HttpContext http)
    {
        var households = await session.Query<Household>().Where(h => h.VillageCode == villageCode).OrderBy(h => h.Id)
            .ToListAsync(http.RequestAborted);
        return await reading.ShowAsync([.. households], user, http, http.RequestAborted);
    }
}
