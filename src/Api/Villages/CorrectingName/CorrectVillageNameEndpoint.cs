using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Domain.Villages.CorrectingName;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Villages.CorrectingName;

public static class CorrectVillageNameEndpoint
{
    /// <summary>Corrects a village's registered name.</summary>
    /// <remarks>
    /// Appends <c>VillageNameCorrected</c>, which keeps the previous name and the reason. Send the village's
    /// current <c>ETag</c> in <c>If-Match</c>.
    /// </remarks>
    /// <param name="villageCode">The village's 12-digit code.</param>
    /// <param name="ifMatch">The village's current ETag, e.g. <c>"1"</c>.</param>
    /// <response code="200">Corrected; <c>ETag</c> carries the new version.</response>
    /// <response code="404">No village with this code.</response>
    /// <response code="412">The village changed since the version in If-Match.</response>
    /// <response code="422">The new name equals the current one.</response>
    /// <response code="428">If-Match is missing.</response>
    [WolverinePost("/api/villages/{villageCode}/name-corrections", Name = "CorrectVillageName")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType(StatusCodes.Status428PreconditionRequired)]
    public static Task<IResult> Post(
        string villageCode,
        CorrectVillageName command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(Read.Existing<Village>(villageCode, ExpectedVersion.FromIfMatch(ifMatch)),
            village => [CorrectVillageName.Decide(command, village!)], context, AnswerWith.Changed(villageCode));
}
