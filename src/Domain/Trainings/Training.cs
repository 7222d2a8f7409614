using Fupin.EventSourced.Domain.Trainings.Correcting;
using Fupin.EventSourced.Domain.Trainings.Recording;

namespace Fupin.EventSourced.Domain.Trainings;

/// <summary>
/// A training session (科技培训) as its stream has built it. A training is a stream of its own, not a property of a
/// village: one session may draw farmers from many villages (seed 002: one course trained 128 villagers from 64 poor
/// villages). It belongs to the place it was held at (<see cref="DivisionCode"/>, a village or township), which
/// scopes every read and correction and is where its figures count.
/// </summary>
public sealed record Training : IStreamState<Training>
{
    public required string Id { get; init; }

    /// <summary>The place it was held: a 12-digit village or 9-digit township code.</summary>
    public required string DivisionCode { get; init; }

    public DateOnly HeldOn { get; init; }
    public required string Topic { get; init; }
    public TrainingKind Kind { get; init; }
    public IReadOnlyList<Trainer> Trainers { get; init; } = [];
    public int FarmersTrained { get; init; }
    public int FarmersTrainedFromPoorHouseholds { get; init; }

    /// <summary>The registered key villages whose farmers took part.</summary>
    public IReadOnlyList<string> VillageCodes { get; init; } = [];

    public int Corrections { get; init; }
    public long Version { get; init; }

    public static Training Evolve(Training? training, object @event) => @event switch
    {
        TrainingRecorded e => new()
        {
            Id = e.TrainingId,
            DivisionCode = e.Place,
            HeldOn = e.HeldOn,
            Topic = e.Topic,
            Kind = e.Kind,
            Trainers = e.Trainers,
            FarmersTrained = e.FarmersTrained,
            FarmersTrainedFromPoorHouseholds = e.FarmersTrainedFromPoorHouseholds,
            VillageCodes = e.VillageCodes,
        },
        TrainingCorrected e => StreamStates.Started(training, e) with
        {
            HeldOn = e.HeldOn,
            Topic = e.Topic,
            Kind = e.Kind,
            FarmersTrained = e.FarmersTrained,
            FarmersTrainedFromPoorHouseholds = e.FarmersTrainedFromPoorHouseholds,
            Corrections = training.Corrections + 1,
        },
        _ => throw StreamStates.Unexpected(training, @event),
    };

    public static DomainException NotFound(string id) => TrainingErrors.NotFound.Because($"No training with id {id} is recorded.");
}
