using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Parks;
using Fupin.EventSourced.Domain.Parks.Pairing;
using Fupin.EventSourced.Domain.Villages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Parks.Pairing;

public static class PairParkWithVillageEndpoint
{
    /// <summary>Pairs a park with a registered key village (结对帮扶).</summary>
    /// <remarks>
    /// Decides on the park and the village together: appends <c>ParkPairedWithVillage</c> to the park (checked by its
    /// version) and holds the village, which it only reads, under a share lock until the commit. The caller's division
    /// must cover both, and both must lie in one province. Counts one in <c>ParkVillagePairings</c> for the village.
    /// If-Match (the park's ETag) is optional.
    /// </remarks>
    /// <param name="parkId">The park's id.</param>
    /// <param name="ifMatch">Optional: the park's ETag, to pair only if nothing changed since.</param>
    /// <response code="200">Paired; <c>ETag</c> carries the park's new version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    /// <response code="404">No such park or village.</response>
    /// <response code="409">The park is already paired with the village.</response>
    /// <response code="412">The park changed since the version in If-Match.</response>
    /// <response code="422">The village lies in another province.</response>
    [WolverinePost("/api/parks/{parkId}/pairings", Name = "PairParkWithVillage")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string parkId,
        PairParkWithVillage command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(
            Read.Existing<Park>(parkId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            Read.Existing<Village>(command.VillageCode),
            (park, village) => Decision.Append(parkId, PairParkWithVillage.Decide(command, park!, village!)),
            context,
            AnswerWith.Changed(parkId));
}
