using FluentValidation;

namespace Fupin.EventSourced.Domain.Tests;

/// <summary>
/// Free text (names, reasons) is judged by whole Unicode code point, so nothing invisible or meaningless hides
/// behind a surrogate pair.
/// </summary>
public class TextRulesTests
{
    public static TheoryData<string, string> UnprintableTexts() => new()
    {
        { "NUL (Cc)", "汀头\u0000村" },
        { "bell (Cc)", "汀头\u0007村" },
        { "next line (Cc)", "汀头\u0085村" },
        { "right-to-left override (Cf)", "\u202E村头汀" },
        { "left-to-right isolate (Cf)", "汀头村\u2066" },
        { "Arabic letter mark (Cf)", "汀头\u061C村" },
        { "zero-width space (Cf)", "汀\u200B头村" },
        { "tag letter A, outside the BMP (Cf)", "汀头村\U000E0041" },
        { "cancel tag, outside the BMP (Cf)", "汀头村\U000E007F" },
        { "line separator (Zl)", "汀头\u2028村" },
        { "paragraph separator (Zp)", "汀头\u2029村" },
        { "private use, BMP (Co)", "汀头\uE000村" },
        { "private use, plane 15 (Co)", "汀头\U000F0000村" },
        { "private use, plane 16 (Co)", "汀头\U0010FFFD村" },
        { "noncharacter U+FFFE", "汀头村\uFFFE" },
        { "noncharacter U+FFFF", "汀头村\uFFFF" },
        { "noncharacter U+FDD0", "汀头\uFDD0村" },
        { "noncharacter U+1FFFE", "汀头\U0001FFFE村" },
        { "noncharacter U+10FFFF", "汀头\U0010FFFF村" },
        { "unassigned, BMP (Cn)", "汀头\u0378村" },
        { "unassigned, plane 3 (Cn)", "汀头\U0003FFFD村" },
        { "lone high surrogate", "汀头\uD800村" },
        { "lone low surrogate", "汀头\uDC00村" },
        { "reversed surrogate pair", "汀头\uDC00\uD800村" },
    };

    // Enumerated when run, not at discovery: serialising theory data would turn a lone surrogate into U+FFFD.
    [Theory]
    [MemberData(nameof(UnprintableTexts), DisableDiscoveryEnumeration = true)]
    public void Text_with_an_unprintable_code_point_is_invalid(string why, string text)
    {
        var result = new NoteValidator().Validate(new Note(text));

        result.Errors.Should().ContainSingle(why).Which.ErrorMessage.Should().Contain("must not contain control");
    }

    [Theory]
    [InlineData("汀头村")]
    [InlineData("𠀀村")]
    [InlineData("𪚥𰻞村")]
    [InlineData("Ma'anshan Village")]
    [InlineData("Ürümqi 乌鲁木齐")]
    [InlineData("ئۈرۈمچی")]
    [InlineData("村 😀")]
    public void Printable_text_in_any_script_including_supplementary_characters_is_valid(string text)
    {
        new NoteValidator().Validate(new Note(text)).IsValid.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(UnprintableTexts), DisableDiscoveryEnumeration = true)]
    public void The_same_judgement_is_open_to_checks_outside_validators(string why, string text)
    {
        TextRules.IsPrintable(text).Should().BeFalse(why);
        TextRules.IsPrintable("汀头村 𠀀").Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    public void Blank_text_is_invalid(string text)
    {
        new NoteValidator().Validate(new Note(text)).Errors.Should().ContainSingle()
            .Which.ErrorMessage.Should().Contain("must not be empty");
    }

    private sealed record Note(string Text);

    private sealed class NoteValidator : AbstractValidator<Note>
    {
        public NoteValidator() => RuleFor(x => x.Text).MustBeText(maxLength: 100);
    }
}
