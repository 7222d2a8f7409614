using System.Globalization;
using FluentValidation;

namespace Fupin.EventSourced.Domain.Projects;

/// <summary>
/// Money is decimal yuan (CNY) to the fen: never a floating-point number, never more than 2 decimal places.
/// An amount with a third decimal (even 0) is refused, not rounded: the books are kept to the fen and a client
/// sending fractions of a fen has made a mistake somewhere.
/// </summary>
public static class Money
{
    /// <summary>The largest amount one transaction or budget may carry: 1 trillion yuan, far above any project.</summary>
    public const decimal Max = 1_000_000_000_000m;

    public static bool HasAtMostTwoPlaces(decimal amount) => amount.Scale <= 2;

    /// <summary>The amount with exactly 2 decimal places (300000 → 300000.00), as it is stored and shown.</summary>
    public static decimal ToFen(decimal amount) => decimal.Round(amount, 2) + 0.00m;

    /// <summary>Yuan as the refusals and reports write them: <c>300,000.00</c>, invariant culture.</summary>
    public static string Show(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    public static IRuleBuilderOptions<T, decimal> MustBeAmount<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThan(0m).WithMessage("'{PropertyName}' must be greater than zero.")
            .LessThanOrEqualTo(Max).WithMessage($"'{{PropertyName}}' must be at most {Max:0}.")
            .Must(HasAtMostTwoPlaces).WithMessage("'{PropertyName}' must have at most 2 decimal places (yuan to the fen).");

    public static IRuleBuilderOptions<T, decimal> MustBeBudgetAmount<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThanOrEqualTo(0m).WithMessage("'{PropertyName}' must not be negative.")
            .LessThanOrEqualTo(Max).WithMessage($"'{{PropertyName}}' must be at most {Max:0}.")
            .Must(HasAtMostTwoPlaces).WithMessage("'{PropertyName}' must have at most 2 decimal places (yuan to the fen).");
}
