using FluentValidation;

namespace Fupin.EventSourced.Domain.Envoys;

/// <summary>Input rules shared by the envoy commands' validators.</summary>
public static class EnvoyRules
{
    public const int MaxTextLength = 100;
    public const int MaxReasonLength = 500;

    /// <summary>Business dates of the programme: a typo such as 2108 is refused, not stored.</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public static IRuleBuilderOptions<T, DateOnly> MustBeBusinessDate<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.InclusiveBetween(EarliestDate, LatestDate)
            .WithMessage($"'{{PropertyName}}' must be a date between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}.");

    public static IRuleBuilderOptions<T, string> MustBeMobilePhone<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(PhoneNumbers.IsMainlandMobile)
            .WithMessage("'{PropertyName}' must be an 11-digit mainland mobile number, e.g. 13812341234.");
}
