using System.Security.Claims;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.PersonalData;
using Fupin.EventSourced.Domain.Households;

namespace Fupin.EventSourced.Api.Households;

/// <summary>Shows households to a reader: loads the keys of everyone shown, and records the view when it is in clear.</summary>
public sealed class HouseholdReading(PersonalDataProtector protector, PersonalDataViews views)
{
    public async Task<IReadOnlyList<HouseholdView>> ShowAsync(
        IReadOnlyList<Household> households, ClaimsPrincipal user, HttpContext http, CancellationToken cancellation)
    {
        var keys = await protector.LoadKeysAsync(households.SelectMany(h => h.People).Select(p => p.PersonId), cancellation);
        var visibility = new PersonalDataVisibility(keys, PersonalDataVisibility.SeesFull(user));
        if (visibility.Full)
        {
            await views.RecordAsync(CommandContext.From(http), [.. households.Select(h => h.Id)], cancellation);
        }

        return [.. households.Select(h => HouseholdView.Of(h, visibility))];
    }
}
