using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Trainings;
using Fupin.EventSourced.Domain.Trainings.Recording;
using Fupin.EventSourced.Domain.Villages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Trainings.Recording;

public static class RecordTrainingEndpoint
{
    /// <summary>Records a training session held for farmers.</summary>
    /// <remarks>
    /// Starts the training's stream under a server-issued id with <c>TrainingRecorded</c>, belonging to the place it
    /// was held at. Reads every envoy named as a trainer and every village named as taking part, in the same
    /// transaction: each must exist (404) and lie in the caller's division (403), and each envoy must be serving on
    /// the training's date (422). Send an <c>Idempotency-Key</c> to make a retry safe: without one, a retried
    /// recording records the training twice.
    /// </remarks>
    /// <response code="201">Recorded; <c>Location</c> names the new training, <c>ETag</c> its version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    /// <response code="404">No such envoy or village.</response>
    /// <response code="422">An envoy was not serving on the training's date.</response>
    [WolverinePost("/api/trainings", Name = "RecordTraining")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(RecordTraining command, CommandContext context, EventStreams streams)
    {
        var trainingId = NewId.Next();
        var envoys = command.EnvoyIds.Select(id => Read.Existing<Envoy>(id)).ToList();
        var villages = command.VillageCodes.Select(code => Read.Existing<Village>(code)).ToList();
        return streams.Decide([.. envoys, .. villages],
            states => Decision.Start<Training>(trainingId, RecordTraining.Decide(command, trainingId,
                [.. envoys.Select(e => (Envoy)states(e.Id)!)], [.. villages.Select(v => (Village)states(v.Id)!)])),
            context, AnswerWith.Created(trainingId, $"/api/trainings/{trainingId}"));
    }
}
