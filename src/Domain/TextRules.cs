using System.Buffers;
using System.Globalization;
using System.Text;
using FluentValidation;

namespace Fupin.EventSourced.Domain;

/// <summary>
/// Rules for free text that people type and others read: names, reasons, remarks. Every command's validator
/// uses them, so a character refused in one field is refused in all.
/// </summary>
public static class TextRules
{
    public static IRuleBuilderOptions<T, string> MustBeText<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessage("'{PropertyName}' must not be empty.")
            .MaximumLength(maxLength)
            .Must(text => text is null || IsPrintable(text))
            .WithMessage("'{PropertyName}' must not contain control, formatting or invalid Unicode characters.");

    /// <summary>
    /// Whether every code point of <paramref name="text"/> shows as what it is. Text ends up in reports, exports
    /// and audit trails, where an invisible character misleads (U+202E flips how a name reads, tag characters
    /// hide a second text), breaks a line where none was typed (U+2028), means nothing outside one vendor's font
    /// (private use), or is not text at all (lone surrogates, noncharacters, unassigned code points). Judged
    /// by whole code point: characters outside the Basic Multilingual Plane are as suspect as those inside it.
    /// </summary>
    public static bool IsPrintable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != OperationStatus.Done
                || IsNoncharacter(rune) || IsUnprintable(Rune.GetUnicodeCategory(rune)))
            {
                return false;
            }

            rest = rest[consumed..];
        }

        return true;
    }

    private static bool IsUnprintable(UnicodeCategory category) => category is UnicodeCategory.Control
        or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
        or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>The 66 code points Unicode reserves never to be characters: U+FDD0–U+FDEF and U+xFFFE/U+xFFFF.</summary>
    private static bool IsNoncharacter(Rune rune) =>
        rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE;
}
