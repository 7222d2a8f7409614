using FluentValidation;
using Fupin.EventSourced.Domain.Indicators.Defining;

namespace Fupin.EventSourced.Domain.Indicators.Correcting;

/// <summary>
/// Correct an indicator's definition (admin): the whole definition as it should read, with the reason. The event
/// keeps what it replaces, so a report can say which definition it was computed under.
/// </summary>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Unit">Unit as printed.</param>
/// <param name="Measure">Count, percentage or money.</param>
/// <param name="Direction">Whether more or less is better.</param>
/// <param name="Source">What it counts.</param>
/// <param name="Reason">Why, e.g. <c>按市科技局2019年口径调整</c>.</param>
public sealed record CorrectIndicator(
    string NameZh,
    string NameEn,
    string Unit,
    Measure Measure,
    Direction Direction,
    IndicatorSource Source,
    string Reason)
{
    public static IEnumerable<object> Decide(CorrectIndicator command, Indicator indicator)
    {
        var corrected = new IndicatorCorrected(indicator.Id, command.NameZh.Trim(), command.NameEn.Trim(), command.Unit.Trim(),
            command.Measure, command.Direction, DefineIndicator.Trimmed(command.Source), command.Reason.Trim(),
            new IndicatorDefined(indicator.Id, indicator.NameZh, indicator.NameEn, indicator.Unit, indicator.Measure,
                indicator.Direction, indicator.Source));
        if (Indicator.Evolve(indicator, corrected) with { Version = indicator.Version } == indicator)
        {
            throw IndicatorErrors.Unchanged.Because($"The correction changes nothing in indicator {indicator.Id}.");
        }

        yield return corrected;
    }
}

/// <summary>An indicator's definition was corrected; <paramref name="Replaced"/> is the definition before.</summary>
public sealed record IndicatorCorrected(
    string Code,
    string NameZh,
    string NameEn,
    string Unit,
    Measure Measure,
    Direction Direction,
    IndicatorSource Source,
    string Reason,
    IndicatorDefined Replaced) : IEventOf<Indicator>;

public sealed class CorrectIndicatorValidator : AbstractValidator<CorrectIndicator>
{
    public CorrectIndicatorValidator()
    {
        RuleFor(x => x.NameZh).MustBeText(IndicatorRules.MaxNameLength);
        RuleFor(x => x.NameEn).MustBeText(IndicatorRules.MaxNameLength);
        RuleFor(x => x.Unit).MustBeText(IndicatorRules.MaxUnitLength);
        RuleFor(x => x.Direction).IsInEnum();
        RuleFor(x => x.Reason).MustBeText(IndicatorRules.MaxNameLength * 2);
        IndicatorRules.SourceRules(this, x => x.Source, x => x.Measure);
    }
}
