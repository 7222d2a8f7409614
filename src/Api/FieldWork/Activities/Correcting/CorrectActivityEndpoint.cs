using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.FieldWork.Activities;
using Fupin.EventSourced.Domain.FieldWork.Activities.Correcting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.FieldWork.Activities.Correcting;

public static class CorrectActivityEndpoint
{
    /// <summary>Corrects a recorded activity.</summary>
    /// <remarks>
    /// Appends <c>ActivityCorrected</c>, which points at the record, keeps the values it replaces and the reason, and
    /// counts the difference it makes in <c>ActivitiesHeld</c>. Send the record's current <c>ETag</c> in <c>If-Match</c>.
    /// </remarks>
    /// <param name="activityId">The record's id.</param>
    /// <param name="ifMatch">The record's current ETag, e.g. <c>"1"</c>.</param>
    /// <response code="200">Corrected; <c>ETag</c> carries the record's new version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    /// <response code="404">No such record.</response>
    /// <response code="412">The record changed since the version in If-Match.</response>
    /// <response code="422">The correction changes nothing.</response>
    /// <response code="428">If-Match is missing.</response>
    [WolverinePost("/api/activities/{activityId}/corrections", Name = "CorrectActivity")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType(StatusCodes.Status428PreconditionRequired)]
    public static Task<IResult> Post(
        string activityId,
        CorrectActivity command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(Read.Existing<Activity>(activityId, ExpectedVersion.FromIfMatch(ifMatch)),
            record => [CorrectActivity.Decide(command, record!)], context, AnswerWith.Changed(activityId));
}
