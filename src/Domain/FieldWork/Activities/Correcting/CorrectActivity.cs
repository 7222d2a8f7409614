using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.FieldWork.Activities.Correcting;

/// <summary>Correct a recorded activity: every value as it should be; the division cannot change.</summary>
/// <param name="Kind">The corrected kind.</param>
/// <param name="Title">The corrected title.</param>
/// <param name="Place">The corrected place.</param>
/// <param name="HeldOn">The corrected date.</param>
/// <param name="Participants">The corrected number of participants.</param>
/// <param name="Reason">Why; kept for auditors.</param>
public sealed record CorrectActivity(ActivityKind Kind, string Title, string Place, DateOnly HeldOn, int Participants, string Reason)
{
    public static ActivityCorrected Decide(CorrectActivity command, Activity activity)
    {
        var now = new ActivityDetails(command.Kind, command.Title.Trim(), command.Place.Trim(), command.HeldOn, command.Participants);
        return now == activity.Details
            ? throw FieldWorkErrors.CorrectionUnchanged.Because(FieldWorkRules.Unchanged("activity", activity.Id))
            : new ActivityCorrected(activity.Id, activity.DivisionCode, activity.Details, now, command.Reason.Trim());
    }
}

/// <summary>A recorded activity was corrected from <paramref name="Replaced"/> to <paramref name="Now"/>.</summary>
public sealed record ActivityCorrected(string ActivityId, string DivisionCode, ActivityDetails Replaced, ActivityDetails Now, string Reason)
    : IEventOf<Activity>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => FieldWorkRules.Recount(Replaced.Counts(DivisionCode), Now.Counts(DivisionCode));
}

public sealed class CorrectActivityValidator : AbstractValidator<CorrectActivity>
{
    public CorrectActivityValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Title).MustBeText(FieldWorkRules.MaxTextLength);
        RuleFor(x => x.Place).MustBeText(FieldWorkRules.MaxTextLength);
        RuleFor(x => x.HeldOn).MustBeBusinessDate();
        RuleFor(x => x.Participants).InclusiveBetween(0, FieldWorkRules.MaxHeadcount);
        RuleFor(x => x.Reason).MustBeText(FieldWorkRules.MaxReasonLength);
    }
}
