using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.Trainings.Correcting;

/// <summary>
/// Correct a recorded training: send only what changes, with the reason. The correction is a new event that points
/// at the training (its stream) and carries the values it replaces, so the figures count the difference and the
/// first record stays in the history. The place is not correctable: it is the training's division, which scopes it;
/// a training recorded at the wrong place is recorded anew at the right one.
/// </summary>
/// <param name="Reason">Why, e.g. <c>sign-in sheet recounted</c>; kept for auditors.</param>
/// <param name="HeldOn">The corrected date; the training's figures move to it (and to its year).</param>
/// <param name="Topic">The corrected topic.</param>
/// <param name="Kind">The corrected kind.</param>
/// <param name="FarmersTrained">The corrected number of farmers trained.</param>
/// <param name="FarmersTrainedFromPoorHouseholds">The corrected number of them from registered poor households.</param>
public sealed record CorrectTraining(
    string Reason,
    DateOnly? HeldOn = null,
    string? Topic = null,
    TrainingKind? Kind = null,
    int? FarmersTrained = null,
    int? FarmersTrainedFromPoorHouseholds = null)
{
    public static TrainingCorrected Decide(CorrectTraining command, Training training)
    {
        var corrected = new TrainingCorrected(
            training.Id,
            training.DivisionCode,
            command.Reason.Trim(),
            command.HeldOn ?? training.HeldOn,
            command.Topic?.Trim() ?? training.Topic,
            command.Kind ?? training.Kind,
            command.FarmersTrained ?? training.FarmersTrained,
            command.FarmersTrainedFromPoorHouseholds ?? training.FarmersTrainedFromPoorHouseholds,
            training.HeldOn,
            training.Topic,
            training.Kind,
            training.FarmersTrained,
            training.FarmersTrainedFromPoorHouseholds);

        if (!corrected.Changes)
        {
            throw TrainingErrors.CorrectionUnchanged.Because("The correction changes none of the training's values.");
        }

        if (corrected.FarmersTrainedFromPoorHouseholds > corrected.FarmersTrained)
        {
            throw TrainingErrors.PoorExceedTrained.Because(
                $"{corrected.FarmersTrainedFromPoorHouseholds} farmers from poor households would exceed the {corrected.FarmersTrained} trained.");
        }

        if (training.VillageCodes.Count > corrected.FarmersTrained)
        {
            throw TrainingErrors.VillagesExceedTrained.Because(
                $"Farmers of {training.VillageCodes.Count} villages took part; {corrected.FarmersTrained} farmers trained cannot be.");
        }

        return corrected;
    }
}

/// <summary>
/// A recorded training was corrected: its values now (<paramref name="HeldOn"/> … ) and the values they replace
/// (<paramref name="ReplacedHeldOn"/> … ), so its figures count minus the old and plus the new.
/// </summary>
/// <param name="TrainingId">The training corrected (the stream the original <c>TrainingRecorded</c> is in).</param>
/// <param name="Place">The training's place, unchanged; where its figures count.</param>
/// <param name="Reason">Why it was corrected.</param>
/// <param name="HeldOn">The date now.</param>
/// <param name="Topic">The topic now.</param>
/// <param name="Kind">The kind now.</param>
/// <param name="FarmersTrained">Farmers trained now.</param>
/// <param name="FarmersTrainedFromPoorHouseholds">Of them from poor households now.</param>
/// <param name="ReplacedHeldOn">The date it replaces.</param>
/// <param name="ReplacedTopic">The topic it replaces.</param>
/// <param name="ReplacedKind">The kind it replaces.</param>
/// <param name="ReplacedFarmersTrained">Farmers trained as recorded before.</param>
/// <param name="ReplacedFarmersTrainedFromPoorHouseholds">Of them from poor households as recorded before.</param>
public sealed record TrainingCorrected(
    string TrainingId,
    string Place,
    string Reason,
    DateOnly HeldOn,
    string Topic,
    TrainingKind Kind,
    int FarmersTrained,
    int FarmersTrainedFromPoorHouseholds,
    DateOnly ReplacedHeldOn,
    string ReplacedTopic,
    TrainingKind ReplacedKind,
    int ReplacedFarmersTrained,
    int ReplacedFarmersTrainedFromPoorHouseholds) : IEventOf<Training>, ICountedEvent
{
    /// <summary>Whether any value differs from the one it replaces.</summary>
    public bool Changes =>
        HeldOn != ReplacedHeldOn || Topic != ReplacedTopic || Kind != ReplacedKind || FarmersTrained != ReplacedFarmersTrained
        || FarmersTrainedFromPoorHouseholds != ReplacedFarmersTrainedFromPoorHouseholds;

    /// <summary>Minus what it replaces, plus what it says now, for each figure whose value or date moved.</summary>
    public IEnumerable<FigureCount> Counts()
    {
        var moved = HeldOn != ReplacedHeldOn;
        if (moved)
        {
            yield return new(Figure.TrainingSessions, Place, ReplacedHeldOn, -1);
            yield return new(Figure.TrainingSessions, Place, HeldOn, 1);
        }

        if (moved || FarmersTrained != ReplacedFarmersTrained)
        {
            yield return new(Figure.FarmersTrained, Place, ReplacedHeldOn, -ReplacedFarmersTrained);
            yield return new(Figure.FarmersTrained, Place, HeldOn, FarmersTrained);
        }

        if (moved || FarmersTrainedFromPoorHouseholds != ReplacedFarmersTrainedFromPoorHouseholds)
        {
            yield return new(Figure.FarmersTrainedFromPoorHouseholds, Place, ReplacedHeldOn, -ReplacedFarmersTrainedFromPoorHouseholds);
            yield return new(Figure.FarmersTrainedFromPoorHouseholds, Place, HeldOn, FarmersTrainedFromPoorHouseholds);
        }
    }
}

public sealed class CorrectTrainingValidator : AbstractValidator<CorrectTraining>
{
    public CorrectTrainingValidator()
    {
        RuleFor(x => x.Reason).MustBeText(TrainingRules.MaxReasonLength);
        RuleFor(x => x.HeldOn!.Value).MustBeBusinessDate().When(x => x.HeldOn is not null)
            .OverridePropertyName(nameof(CorrectTraining.HeldOn));
        RuleFor(x => x.Topic!).MustBeText(TrainingRules.MaxTopicLength).When(x => x.Topic is not null);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.FarmersTrained!.Value).MustBeFarmersTrained().When(x => x.FarmersTrained is not null)
            .OverridePropertyName(nameof(CorrectTraining.FarmersTrained));
        RuleFor(x => x.FarmersTrainedFromPoorHouseholds!.Value).GreaterThanOrEqualTo(0).When(x => x.FarmersTrainedFromPoorHouseholds is not null)
            .OverridePropertyName(nameof(CorrectTraining.FarmersTrainedFromPoorHouseholds));
    }
}
