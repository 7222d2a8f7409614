using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Parks;
using Fupin.EventSourced.Domain.Parks.Radiating;
using Fupin.EventSourced.Domain.Villages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Parks.Radiating;

public static class RecordParkRadiationEndpoint
{
    /// <summary>Records that a park radiates to a registered key village (辐射带动).</summary>
    /// <remarks>
    /// Appends <c>ParkRadiatedToVillage</c> to the park, reading the village under a share lock, as a pairing does.
    /// If-Match (the park's ETag) is optional.
    /// </remarks>
    /// <param name="parkId">The park's id.</param>
    /// <param name="ifMatch">Optional: the park's ETag.</param>
    /// <response code="200">Recorded; <c>ETag</c> carries the park's new version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    /// <response code="404">No such park or village.</response>
    /// <response code="409">The park already radiates to the village.</response>
    /// <response code="412">The park changed since the version in If-Match.</response>
    /// <response code="422">The village lies in another province.</response>
    [WolverinePost("/api/parks/{parkId}/radiations", Name = "RecordParkRadiation")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string parkId,
        RecordParkRadiation command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(
            Read.Existing<Park>(parkId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            Read.Existing<Village>(command.VillageCode),
            (park, village) => Decision.Append(parkId, RecordParkRadiation.Decide(command, park!, village!)),
            context,
            AnswerWith.Changed(parkId));
}
