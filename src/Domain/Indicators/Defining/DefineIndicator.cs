using FluentValidation;

namespace Fupin.EventSourced.Domain.Indicators.Defining;

/// <summary>Define an indicator the programme's plans set targets for (admin).</summary>
/// <param name="Code">Stable key, e.g. <c>farmers-trained</c>.</param>
/// <param name="NameZh">Chinese name, e.g. <c>培训农民</c>.</param>
/// <param name="NameEn">English name, e.g. <c>Farmers trained</c>.</param>
/// <param name="Unit">Unit as printed, e.g. <c>人次</c>, <c>个</c>, <c>元</c>, <c>%</c>, <c>小时</c>.</param>
/// <param name="Measure">Count, percentage or money.</param>
/// <param name="Direction">Whether more or less is better: decides whether a target is met.</param>
/// <param name="Source">What it counts: an additive figure or a derived measure, and an optional breakdown.</param>
public sealed record DefineIndicator(
    string Code,
    string NameZh,
    string NameEn,
    string Unit,
    Measure Measure,
    Direction Direction,
    IndicatorSource Source)
{
    public static IEnumerable<object> Decide(DefineIndicator command, Indicator? existing)
    {
        if (existing is not null)
        {
            throw IndicatorErrors.AlreadyDefined.Because($"Indicator {command.Code} is already defined; correct it instead.");
        }

        yield return new IndicatorDefined(command.Code, command.NameZh.Trim(), command.NameEn.Trim(), command.Unit.Trim(),
            command.Measure, command.Direction, Trimmed(command.Source));
    }

    internal static IndicatorSource Trimmed(IndicatorSource source) => source with { BreakdownNameZh = source.BreakdownNameZh?.Trim() };
}

/// <summary>An indicator was defined.</summary>
public sealed record IndicatorDefined(
    string Code,
    string NameZh,
    string NameEn,
    string Unit,
    Measure Measure,
    Direction Direction,
    IndicatorSource Source) : IEventOf<Indicator>;

public sealed class DefineIndicatorValidator : AbstractValidator<DefineIndicator>
{
    public DefineIndicatorValidator()
    {
        RuleFor(x => x.Code).MustBeIndicatorCode();
        RuleFor(x => x.NameZh).MustBeText(IndicatorRules.MaxNameLength);
        RuleFor(x => x.NameEn).MustBeText(IndicatorRules.MaxNameLength);
        RuleFor(x => x.Unit).MustBeText(IndicatorRules.MaxUnitLength);
        RuleFor(x => x.Direction).IsInEnum();
        IndicatorRules.SourceRules(this, x => x.Source, x => x.Measure);
    }
}
