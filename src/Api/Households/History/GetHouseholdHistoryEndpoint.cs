using System.Text.Json;
using System.Text.Json.Nodes;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.PersonalData;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Helping;
using Fupin.EventSourced.Domain.Households.Registering;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Households.History;

public static class GetHouseholdHistoryEndpoint
{
    /// <summary>Reads a household's full event history with who recorded each event and when; personal values masked.</summary>
    /// <remarks>Sealed names, identity numbers and phones appear masked (<c>张*</c>, <c>370302********1234</c>), or as erased; the responsible helper's phone masked (<c>137****5678</c>).</remarks>
    /// <param name="householdId">The household's id.</param>
    /// <response code="200">Every event of the household's stream.</response>
    /// <response code="404">No household with this id.</response>
    [WolverineGet("/api/households/{householdId}/history", Name = "GetHouseholdHistory")]
    [Authorize(Policy = Policies.ReadHistory)]
    [ProducesResponseType<IReadOnlyList<RecordedEvent>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<IReadOnlyList<RecordedEvent>> Get(
        string householdId, IQuerySession session, PersonalDataProtector protector, CancellationToken cancellation)
    {
        var events = await session.Events.FetchStreamAsync(householdId, token: cancellation);
        if (events.Count == 0 || events[0].Data is not HouseholdRegistered registered)
        {
            throw Household.NotFound(householdId);
        }

        var keys = await protector.LoadKeysAsync([registered.Head.PersonId, .. registered.Members.Select(m => m.PersonId)], cancellation);
        var visibility = new PersonalDataVisibility(keys, full: false);
        return [.. events.Select(RecordedEvent.Of).Select(e => e with { Data = Masked(e.Data, visibility) })];
    }

    /// <summary>
    /// The event as JSON with every sealed value replaced by its masked reading, and the responsible helper's phone
    /// (held in clear, as an envoy's is) masked as the household view masks it for everyone but operators.
    /// </summary>
    private static JsonNode Masked(object data, PersonalDataVisibility visibility)
    {
        if (data is ResponsibleHelperAssigned helper)
        {
            data = helper with { Phone = PhoneNumbers.Mask(helper.Phone) };
        }

        var json = JsonSerializer.SerializeToNode(data, data.GetType(), JsonSerializerOptions.Web)!;
        Walk(json, visibility);
        return json;
    }

    private static void Walk(JsonNode node, PersonalDataVisibility visibility)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is JsonObject { Count: 2 } candidate && candidate["personId"] is not null && candidate["cipher"] is not null)
                    {
                        var sealedValue = candidate.Deserialize<Sealed>(JsonSerializerOptions.Web)!;
                        obj[name] = name switch
                        {
                            "identityNumber" => visibility.IdentityNumber(sealedValue),
                            "phone" => visibility.Phone(sealedValue),
                            _ => visibility.Name(sealedValue),
                        };
                    }
                    else if (value is not null)
                    {
                        Walk(value, visibility);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array.OfType<JsonNode>())
                {
                    Walk(item, visibility);
                }

                break;
        }
    }
}

public static class GetPersonalDataViewsEndpoint
{
    /// <summary>Who viewed the household's personal data in clear, and when (auditors).</summary>
    /// <param name="householdId">The household's id.</param>
    /// <response code="200">Every recorded view, oldest first.</response>
    [WolverineGet("/api/households/{householdId}/personal-data-views", Name = "GetPersonalDataViews")]
    [Authorize(Policy = Policies.ReadHistory)]
    [ProducesResponseType<IReadOnlyList<PersonalDataView>>(StatusCodes.Status200OK)]
    public static Task<IReadOnlyList<PersonalDataView>> Get(string householdId, PersonalDataViews views, CancellationToken cancellation) =>
        views.OfAsync(householdId, cancellation);
}
