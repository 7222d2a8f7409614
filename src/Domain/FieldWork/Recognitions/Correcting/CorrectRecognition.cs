using FluentValidation;
using Fupin.EventSourced.Domain.FieldWork.Recognitions.Recognising;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.FieldWork.Recognitions.Correcting;

/// <summary>
/// Correct a recorded recognition: kind, date and name as they should be. The village and the linked household
/// cannot change. A new kind moves the count from one figure to the other.
/// </summary>
/// <param name="Kind">The corrected kind.</param>
/// <param name="RecognisedOn">The corrected date.</param>
/// <param name="Name">The corrected name; required when no household is linked.</param>
/// <param name="Reason">Why; kept for auditors.</param>
public sealed record CorrectRecognition(RecognitionKind Kind, DateOnly RecognisedOn, string Reason, string? Name = null)
{
    public static RecognitionCorrected Decide(CorrectRecognition command, Recognition recognition)
    {
        if (recognition.HouseholdId is null && command.Name is null)
        {
            throw FieldWorkErrors.NameRequired.Because(
                $"Recognition {recognition.Id} is linked to no household, so the correction must keep a name.");
        }

        var now = new RecognitionDetails(command.Kind, command.RecognisedOn, command.Name?.Trim());
        return now == recognition.Details
            ? throw FieldWorkErrors.CorrectionUnchanged.Because(FieldWorkRules.Unchanged("recognition", recognition.Id))
            : new RecognitionCorrected(recognition.Id, recognition.VillageCode, recognition.Details, now, command.Reason.Trim());
    }
}

/// <summary>A recorded recognition was corrected from <paramref name="Replaced"/> to <paramref name="Now"/>.</summary>
public sealed record RecognitionCorrected(string RecognitionId, string VillageCode, RecognitionDetails Replaced, RecognitionDetails Now, string Reason)
    : IEventOf<Recognition>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => FieldWorkRules.Recount(Replaced.Counts(VillageCode), Now.Counts(VillageCode));
}

public sealed class CorrectRecognitionValidator : AbstractValidator<CorrectRecognition>
{
    public CorrectRecognitionValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.RecognisedOn).MustBeBusinessDate();
        RuleFor(x => x.Name!).MustBeText(Recognise.MaxNameLength).When(x => x.Name is not null);
        RuleFor(x => x.Reason).MustBeText(FieldWorkRules.MaxReasonLength);
    }
}
