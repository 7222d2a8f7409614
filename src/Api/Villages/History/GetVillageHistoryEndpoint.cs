using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Domain.Villages.Registering;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Villages.History;

public static class GetVillageHistoryEndpoint
{
    /// <summary>Reads a village's full event history, oldest first, with who recorded each event and when.</summary>
    /// <param name="villageCode">The village's 12-digit code.</param>
    /// <response code="200">Every event of the village's stream.</response>
    /// <response code="404">No village with this code.</response>
    [WolverineGet("/api/villages/{villageCode}/history", Name = "GetVillageHistory")]
    [Authorize(Policy = Policies.ReadHistory)]
    [ProducesResponseType<IReadOnlyList<RecordedEvent>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<IReadOnlyList<RecordedEvent>> Get(string villageCode, IQuerySession session)
    {
        var events = await session.Events.FetchStreamAsync(villageCode);
        return events.Count == 0 || events[0].Data is not VillageRegistered
            ? throw Village.NotFound(villageCode)
            : [.. events.Select(RecordedEvent.Of)];
    }
}
