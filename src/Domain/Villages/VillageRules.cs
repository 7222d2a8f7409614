using FluentValidation;

namespace Fupin.EventSourced.Domain.Villages;

/// <summary>Input rules shared by the village commands' validators; free text follows <see cref="TextRules"/>.</summary>
public static class VillageRules
{
    public static IRuleBuilderOptions<T, string> MustBeVillageCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(VillageCode.IsValid)
            .WithMessage("'{PropertyName}' must be a 12-digit statistical division code (统计用区划代码).");
}
