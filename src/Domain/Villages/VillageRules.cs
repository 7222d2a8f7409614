using FluentValidation;

namespace Fupin.EventSourced.Domain.Villages;

/// <summary>Input rules shared by the village commands' validators.</summary>
public static class VillageRules
{
    public static IRuleBuilderOptions<T, string> MustBeVillageCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(VillageCode.IsValid)
            .WithMessage("'{PropertyName}' must be a 12-digit statistical division code (统计用区划代码).");

    public static IRuleBuilderOptions<T, string> MustBeText<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.Must(name => !string.IsNullOrWhiteSpace(name))
            .WithMessage("'{PropertyName}' must not be empty.")
            .MaximumLength(maxLength)
            .Must(name => name is null || !name.Any(char.IsControl))
            .WithMessage("'{PropertyName}' must not contain control characters.");
}
