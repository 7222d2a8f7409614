using FluentValidation;

namespace Fupin.EventSourced.Domain.Plans;

/// <summary>Input rules of plans and targets.</summary>
public static class PlanRules
{
    public const int MaxTextLength = 200;
    public const int MaxYears = 10;
    public const int EarliestYear = 2000;
    public const int LatestYear = 2100;
    public static readonly DateOnly EarliestDate = new(EarliestYear, 1, 1);
    public static readonly DateOnly LatestDate = new(LatestYear, 12, 31);

    /// <summary>A plan value: not negative, at most 2 decimal places (yuan to the fen), below a trillion.</summary>
    public static IRuleBuilderOptions<T, decimal> MustBePlanValue<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.InclusiveBetween(0m, 999_999_999_999.99m)
            .Must(v => decimal.Round(v, 2) == v)
            .WithMessage("'{PropertyName}' must have at most 2 decimal places.");

    public static IRuleBuilderOptions<T, int> MustBePlanYear<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(EarliestYear, LatestYear);

    public static IRuleBuilderOptions<T, DateOnly> MustBeDecisionDate<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.InclusiveBetween(EarliestDate, LatestDate)
            .WithMessage($"'{{PropertyName}}' must be a date between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}.");

    /// <summary>A 6-digit province, city or county code, or a 9-digit township code (seed 000: a township's plan).</summary>
    public static bool IsPlanDivision(string? code) =>
        Divisions.TryPrefix(code, out _) || (code is { Length: 9 } && code.All(char.IsAsciiDigit) && Divisions.TryPrefix(code[..6], out var county) && county.Length == 6);
}
