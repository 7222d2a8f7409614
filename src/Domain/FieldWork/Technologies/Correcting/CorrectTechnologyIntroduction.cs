using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Technologies;

namespace Fupin.EventSourced.Domain.FieldWork.Technologies.Correcting;

/// <summary>
/// Correct a recorded introduction: every value is sent as it should be, and the event keeps the values it
/// replaces. The village is the record's division and cannot change.
/// </summary>
/// <param name="Title">The corrected title.</param>
/// <param name="Kind">The corrected kind.</param>
/// <param name="IntroducedOn">The corrected date; a new year moves the count to that year.</param>
/// <param name="Reason">Why, e.g. <c>wrong date in the county's return</c>; kept for auditors.</param>
public sealed record CorrectTechnologyIntroduction(string Title, TechnologyKind Kind, DateOnly IntroducedOn, string Reason)
{
    public static TechnologyIntroductionCorrected Decide(CorrectTechnologyIntroduction command, TechnologyIntroduction introduction)
    {
        var now = new TechnologyDetails(command.Title.Trim(), command.Kind, command.IntroducedOn);
        return now == introduction.Details
            ? throw FieldWorkErrors.CorrectionUnchanged.Because(FieldWorkRules.Unchanged("technology introduction", introduction.Id))
            : new TechnologyIntroductionCorrected(introduction.Id, introduction.VillageCode, introduction.Details, now, command.Reason.Trim());
    }
}

/// <summary>A recorded introduction was corrected from <paramref name="Replaced"/> to <paramref name="Now"/>.</summary>
public sealed record TechnologyIntroductionCorrected(
    string TechnologyId, string VillageCode, TechnologyDetails Replaced, TechnologyDetails Now, string Reason)
    : IEventOf<TechnologyIntroduction>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => FieldWorkRules.Recount(Replaced.Counts(VillageCode), Now.Counts(VillageCode));
}

public sealed class CorrectTechnologyIntroductionValidator : AbstractValidator<CorrectTechnologyIntroduction>
{
    public CorrectTechnologyIntroductionValidator()
    {
        RuleFor(x => x.Title).MustBeText(FieldWorkRules.MaxTextLength);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.IntroducedOn).MustBeBusinessDate();
        RuleFor(x => x.Reason).MustBeText(FieldWorkRules.MaxReasonLength);
    }
}
