using FluentValidation;

namespace Fupin.EventSourced.Domain.Households.Helping;

/// <summary>Record one measure of help (帮扶措施) given to the household.</summary>
/// <param name="Kind">What kind of help.</param>
/// <param name="Description">What was done, e.g. <c>提供 2 头能繁母猪</c>.</param>
/// <param name="On">The business date it was given; its year is the year it counts for.</param>
/// <param name="AmountCny">Money involved, in yuan with at most two decimals, if any.</param>
public sealed record RecordHelpMeasure(HelpKind Kind, string Description, DateOnly On, decimal? AmountCny = null)
{
    public static HelpMeasureRecorded Decide(RecordHelpMeasure command, Household household, string measureId) =>
        new(household.Id, measureId, command.Kind, command.Description.Trim(), command.On, command.AmountCny);
}

/// <summary>A measure of help was given to the household on <paramref name="On"/>.</summary>
public sealed record HelpMeasureRecorded(
    string HouseholdId,
    string MeasureId,
    HelpKind Kind,
    string Description,
    DateOnly On,
    decimal? AmountCny) : IEventOf<Household>;

public sealed class RecordHelpMeasureValidator : AbstractValidator<RecordHelpMeasure>
{
    public RecordHelpMeasureValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Description).MustBeText(HouseholdRules.MaxTextLength);
        RuleFor(x => x.On).InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31));
        RuleFor(x => x.AmountCny!.Value).GreaterThanOrEqualTo(0m).PrecisionScale(12, 2, ignoreTrailingZeros: true)
            .When(x => x.AmountCny is not null).OverridePropertyName(nameof(RecordHelpMeasure.AmountCny))
            .WithMessage("'Amount Cny' must be a non-negative amount in yuan with at most two decimals.");
    }
}
