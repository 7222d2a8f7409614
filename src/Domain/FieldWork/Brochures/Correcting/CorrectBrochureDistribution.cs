using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.FieldWork.Brochures.Correcting;

/// <summary>Correct a recorded distribution: every value as it should be; the division cannot change.</summary>
/// <param name="Title">The corrected title.</param>
/// <param name="Place">The corrected place.</param>
/// <param name="DistributedOn">The corrected date.</param>
/// <param name="Copies">The corrected number of copies; the figure moves by the difference.</param>
/// <param name="Reason">Why; kept for auditors.</param>
public sealed record CorrectBrochureDistribution(string Title, string Place, DateOnly DistributedOn, int Copies, string Reason)
{
    public static BrochureDistributionCorrected Decide(CorrectBrochureDistribution command, BrochureDistribution distribution)
    {
        var now = new BrochureDetails(command.Title.Trim(), command.Place.Trim(), command.DistributedOn, command.Copies);
        return now == distribution.Details
            ? throw FieldWorkErrors.CorrectionUnchanged.Because(FieldWorkRules.Unchanged("brochure distribution", distribution.Id))
            : new BrochureDistributionCorrected(distribution.Id, distribution.DivisionCode, distribution.Details, now, command.Reason.Trim());
    }
}

/// <summary>A recorded distribution was corrected from <paramref name="Replaced"/> to <paramref name="Now"/>.</summary>
public sealed record BrochureDistributionCorrected(string DistributionId, string DivisionCode, BrochureDetails Replaced, BrochureDetails Now, string Reason)
    : IEventOf<BrochureDistribution>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => FieldWorkRules.Recount(Replaced.Counts(DivisionCode), Now.Counts(DivisionCode));
}

public sealed class CorrectBrochureDistributionValidator : AbstractValidator<CorrectBrochureDistribution>
{
    public CorrectBrochureDistributionValidator()
    {
        RuleFor(x => x.Title).MustBeText(FieldWorkRules.MaxTextLength);
        RuleFor(x => x.Place).MustBeText(FieldWorkRules.MaxTextLength);
        RuleFor(x => x.DistributedOn).MustBeBusinessDate();
        RuleFor(x => x.Copies).InclusiveBetween(1, FieldWorkRules.MaxHeadcount);
        RuleFor(x => x.Reason).MustBeText(FieldWorkRules.MaxReasonLength);
    }
}
