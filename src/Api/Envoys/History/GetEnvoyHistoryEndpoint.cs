using System.Security.Claims;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.CorrectingDetails;
using Fupin.EventSourced.Domain.Envoys.Registering;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Envoys.History;

public static class GetEnvoyHistoryEndpoint
{
    /// <summary>Reads an envoy's full event history, oldest first, with who recorded each event and when.</summary>
    /// <remarks>Phone numbers in the events are masked for auditors, as in every other view.</remarks>
    /// <param name="envoyId">The envoy's id.</param>
    /// <response code="200">Every event of the envoy's stream.</response>
    /// <response code="404">No envoy with this id.</response>
    [WolverineGet("/api/envoys/{envoyId}/history", Name = "GetEnvoyHistory")]
    [Authorize(Policy = Policies.ReadHistory)]
    [ProducesResponseType<IReadOnlyList<RecordedEvent>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<IReadOnlyList<RecordedEvent>> Get(string envoyId, ClaimsPrincipal user, IQuerySession session)
    {
        var events = await session.Events.FetchStreamAsync(envoyId);
        if (events.Count == 0 || events[0].Data is not EnvoyRegistered)
        {
            throw Envoy.NotFound(envoyId);
        }

        return [.. events.Select(RecordedEvent.Of).Select(recorded => recorded with { Data = Masked(user, recorded.Data) })];
    }

    private static object Masked(ClaimsPrincipal user, object data) => data switch
    {
        EnvoyRegistered e => e with { Phone = PhoneVisibility.Shown(user, e.Phone) },
        EnvoyDetailsCorrected { Phone: { } phone } e => e with { Phone = PhoneVisibility.Shown(user, phone) },
        _ => data,
    };
}
