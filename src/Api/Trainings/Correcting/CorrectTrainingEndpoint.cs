using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Trainings;
using Fupin.EventSourced.Domain.Trainings.Correcting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Trainings.Correcting;

public static class CorrectTrainingEndpoint
{
    /// <summary>Corrects a recorded training's date, topic, kind or numbers of farmers.</summary>
    /// <remarks>
    /// Appends <c>TrainingCorrected</c> to the training's stream, carrying the values now and the values it replaces,
    /// so the figures count the difference. Send the training's current <c>ETag</c> in <c>If-Match</c>.
    /// </remarks>
    /// <param name="trainingId">The training's id.</param>
    /// <param name="ifMatch">The training's current ETag, e.g. <c>"1"</c>.</param>
    /// <response code="200">Corrected; <c>ETag</c> carries the training's new version.</response>
    /// <response code="404">No training with this id.</response>
    /// <response code="412">The training changed since the version in If-Match.</response>
    /// <response code="422">Nothing would change, or the numbers would not add up.</response>
    /// <response code="428">If-Match is missing.</response>
    [WolverinePost("/api/trainings/{trainingId}/corrections", Name = "CorrectTraining")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType(StatusCodes.Status428PreconditionRequired)]
    public static Task<IResult> Post(
        string trainingId,
        CorrectTraining command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(Read.Existing<Training>(trainingId, ExpectedVersion.FromIfMatch(ifMatch)),
            training => [CorrectTraining.Decide(command, training!)], context, AnswerWith.Changed(trainingId));
}
