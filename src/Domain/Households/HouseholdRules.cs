using FluentValidation;

namespace Fupin.EventSourced.Domain.Households;

/// <summary>Input rules shared by the household commands' validators.</summary>
public static class HouseholdRules
{
    public const int MaxNameLength = 50;
    public const int MaxTextLength = 500;

    /// <summary>The value itself never appears in the message: it is personal information.</summary>
    public static IRuleBuilderOptions<T, string> MustBeIdentityNumber<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(IdentityNumbers.IsValid)
            .WithMessage("'{PropertyName}' must be an 18-character resident identity number with a valid check character.");
}
