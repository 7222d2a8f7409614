using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.FieldWork.DemandSurveys;
using Fupin.EventSourced.Domain.FieldWork.DemandSurveys.Correcting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.FieldWork.DemandSurveys.Correcting;

public static class CorrectDemandSurveyEndpoint
{
    /// <summary>Corrects a recorded demand survey.</summary>
    /// <remarks>
    /// Appends <c>DemandSurveyCorrected</c>, which points at the record, keeps the values it replaces and the reason, and
    /// counts the difference it makes in <c>DemandSurveys</c>. Send the record's current <c>ETag</c> in <c>If-Match</c>.
    /// </remarks>
    /// <param name="surveyId">The record's id.</param>
    /// <param name="ifMatch">The record's current ETag, e.g. <c>"1"</c>.</param>
    /// <response code="200">Corrected; <c>ETag</c> carries the record's new version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    /// <response code="404">No such record.</response>
    /// <response code="412">The record changed since the version in If-Match.</response>
    /// <response code="422">The correction changes nothing.</response>
    /// <response code="428">If-Match is missing.</response>
    [WolverinePost("/api/demand-surveys/{surveyId}/corrections", Name = "CorrectDemandSurvey")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType(StatusCodes.Status428PreconditionRequired)]
    public static Task<IResult> Post(
        string surveyId,
        CorrectDemandSurvey command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(Read.Existing<DemandSurvey>(surveyId, ExpectedVersion.FromIfMatch(ifMatch)),
            record => [CorrectDemandSurvey.Decide(command, record!)], context, AnswerWith.Changed(surveyId));
}
