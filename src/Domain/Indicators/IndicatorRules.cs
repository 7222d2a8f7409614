using System.Text.RegularExpressions;
using FluentValidation;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.Indicators;

/// <summary>Input rules shared by defining and correcting an indicator.</summary>
public static partial class IndicatorRules
{
    public const int MaxNameLength = 100;
    public const int MaxUnitLength = 20;

    /// <summary>Lower-case letters, digits and hyphens, 2–40 characters, e.g. <c>farmers-trained</c>: it is a stream key and a route value.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$", RegexOptions.CultureInvariant)]
    public static partial Regex CodePattern();

    public static bool IsCode(string? code) => code is not null && CodePattern().IsMatch(code);

    public static IRuleBuilderOptions<T, string> MustBeIndicatorCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(IsCode).WithMessage("'{PropertyName}' must be 2–40 lower-case letters, digits or hyphens, e.g. farmers-trained.");

    /// <summary>Exactly one of figure and derived measure; a breakdown is an additive figure with a Chinese label, never the figure itself.</summary>
    public static void SourceRules<T>(AbstractValidator<T> validator, Func<T, IndicatorSource> source, Func<T, Measure> measure)
    {
        validator.RuleFor(x => source(x)).NotNull().OverridePropertyName("Source");
        validator.RuleFor(x => source(x)).Must(s => s is null || (s.Figure is null) != (s.Derived is null))
            .OverridePropertyName("Source").WithMessage("'Source' must name exactly one of figure and derived.");
        validator.RuleFor(x => source(x).Figure).IsInEnum().When(x => source(x)?.Figure is not null).OverridePropertyName("Source.Figure");
        validator.RuleFor(x => source(x).Derived).IsInEnum().When(x => source(x)?.Derived is not null).OverridePropertyName("Source.Derived");
        validator.RuleFor(x => source(x).Breakdown).IsInEnum().When(x => source(x)?.Breakdown is not null).OverridePropertyName("Source.Breakdown");
        validator.RuleFor(x => source(x).Breakdown).Must((x, b) => b != source(x).Figure)
            .When(x => source(x)?.Breakdown is not null).OverridePropertyName("Source.Breakdown")
            .WithMessage("'Source.Breakdown' must be another figure than the one the indicator counts.");
        validator.RuleFor(x => source(x).BreakdownNameZh!).MustBeText(MaxNameLength)
            .When(x => source(x)?.Breakdown is not null).OverridePropertyName("Source.BreakdownNameZh");
        validator.RuleFor(x => source(x).BreakdownNameZh).Null()
            .When(x => source(x) is not null && source(x).Breakdown is null).OverridePropertyName("Source.BreakdownNameZh")
            .WithMessage("'Source.BreakdownNameZh' must be empty without a breakdown.");
        validator.RuleFor(x => measure(x)).IsInEnum().OverridePropertyName("Measure");
        validator.RuleFor(x => measure(x)).Must((x, m) => source(x)?.Figure is not { } f || (m == Measure.Money) == f.IsMoney())
            .OverridePropertyName("Measure").WithMessage("'Measure' must be Money for a money figure and only for one.");
        validator.RuleFor(x => measure(x)).Must((x, m) => source(x)?.Derived is not DerivedMeasure.ExecutionRate || m == Measure.Percentage)
            .OverridePropertyName("Measure").WithMessage("'Measure' must be Percentage for the execution rate.");
    }
}
