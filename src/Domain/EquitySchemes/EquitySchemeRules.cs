using FluentValidation;

namespace Fupin.EventSourced.Domain.EquitySchemes;

/// <summary>Input rules shared by the equity scheme commands' validators.</summary>
public static class EquitySchemeRules
{
    public const int MaxTextLength = 200;
    public const int MaxReasonLength = 500;
    public const int MaxTermYears = 30;
    public const int MaxPlaces = 10_000;

    /// <summary>Money is decimal yuan to the fen: positive, at most two decimals, below ten thousand million.</summary>
    public static IRuleBuilderOptions<T, decimal> MustBeYuan<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThan(0m).PrecisionScale(12, 2, ignoreTrailingZeros: true)
            .WithMessage("'{PropertyName}' must be a positive amount in yuan with at most two decimals.");
}
