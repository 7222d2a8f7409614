using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Trainings;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Trainings.GettingDetails;

/// <summary>A training session as recorded, with every correction applied.</summary>
/// <param name="Id">Server-issued id.</param>
/// <param name="Place">The village or township it was held at.</param>
/// <param name="HeldOn">The date it was held.</param>
/// <param name="Topic">What was taught.</param>
/// <param name="Kind">Classroom, field or online.</param>
/// <param name="Trainers">Who taught: envoys (with their id) and experts named as text.</param>
/// <param name="FarmersTrained">Farmers trained.</param>
/// <param name="FarmersTrainedFromPoorHouseholds">Of them, from registered poor households.</param>
/// <param name="VillageCodes">The key villages whose farmers took part.</param>
/// <param name="Corrections">How many corrections were recorded (the history has each with its reason).</param>
/// <param name="Version">Stream version; also the <c>ETag</c>.</param>
public sealed record TrainingView(
    string Id,
    string Place,
    DateOnly HeldOn,
    string Topic,
    TrainingKind Kind,
    IReadOnlyList<Trainer> Trainers,
    int FarmersTrained,
    int FarmersTrainedFromPoorHouseholds,
    IReadOnlyList<string> VillageCodes,
    int Corrections,
    long Version)
{
    public static TrainingView Of(Training t) => new(t.Id, t.DivisionCode, t.HeldOn, t.Topic, t.Kind, t.Trainers, t.FarmersTrained,
        t.FarmersTrainedFromPoorHouseholds, t.VillageCodes, t.Corrections, t.Version);
}

public static class GetTrainingEndpoint
{
    /// <summary>Reads one training.</summary>
    /// <param name="trainingId">The training's id.</param>
    /// <response code="200">The training; <c>ETag</c> carries its version for If-Match.</response>
    /// <response code="404">No training with this id.</response>
    [WolverineGet("/api/trainings/{trainingId}", Name = "GetTraining")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<TrainingView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<TrainingView> Get(string trainingId, IQuerySession session, HttpResponse response)
    {
        var training = await session.LoadAsync<Training>(trainingId) ?? throw Training.NotFound(trainingId);
        response.Headers.ETag = ExpectedVersion.ETag(training.Version);
        return TrainingView.Of(training);
    }
}
