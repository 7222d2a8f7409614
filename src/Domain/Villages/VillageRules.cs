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
            .Must(text => text is null || IsPrintable(text))
            .WithMessage("'{PropertyName}' must not contain control, formatting or invalid Unicode characters.");

    /// <summary>
    /// No control characters, no invisible formatting (e.g. U+202E, which flips how a name is displayed), and
    /// well-formed UTF-16: names end up in reports and exports where such characters mislead or break.
    /// </summary>
    private static bool IsPrintable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (category is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.OtherNotAssigned)
            {
                return false;
            }
        }

        return true;
    }
}
