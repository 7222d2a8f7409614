using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.PersonalData;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Erasing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Households.Erasing;

public static class ErasePersonalDataEndpoint
{
    /// <summary>Erases a person's personal data by destroying their key (PIPL); every view, export and rebuild then shows them as erased.</summary>
    /// <remarks>
    /// Appends <c>PersonalDataErased</c> (who, when, why) and destroys the key in the same transaction. No event is
    /// changed or deleted; counts and money figures stay as they were. Admins only.
    /// </remarks>
    /// <param name="householdId">The household's id.</param>
    /// <param name="personId">The person's id, as the household view shows it.</param>
    /// <response code="200">Erased; <c>ETag</c> carries the household's new version.</response>
    /// <response code="404">No such household or person.</response>
    /// <response code="409">The person's data is already erased.</response>
    [WolverinePost("/api/households/{householdId}/persons/{personId}/erasure", Name = "ErasePersonalData")]
    [Authorize(Policy = Policies.Administer)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public static Task<IResult> Post(
        string householdId, string personId, ErasePersonalData command, CommandContext context, EventStreams streams, PersonKeysTable keys) =>
        streams.Decide([Read.Existing<Household>(householdId)],
            states => Decision.Append(householdId, ErasePersonalData.Decide(command, (Household)states(householdId)!, personId)),
            context, AnswerWith.Changed(householdId),
            [new SqlWrite(keys.EraseSql, context.UserId, command.Reason.Trim(), personId)]);
}
