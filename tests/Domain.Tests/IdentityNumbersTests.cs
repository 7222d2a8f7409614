namespace Fupin.EventSourced.Domain.Tests;

public class IdentityNumbersTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    [InlineData("440524198001010013")]
    public void Numbers_with_a_valid_date_and_check_character_are_valid(string value)
    {
        IdentityNumbers.IsValid(value).Should().BeTrue();
    }

    [Theory]
    [InlineData("110105194912310021")]
    [InlineData("11010519491231002Y")]
    [InlineData("1101051949123100")]
    [InlineData("11010519491231002X1")]
    [InlineData("11010519491332002X")]
    [InlineData("000105194912310026")]
    [InlineData("110105189912310023")]
    [InlineData("1101051949123100２X")]
    [InlineData("")]
    [InlineData(null)]
    public void Numbers_with_a_wrong_check_character_length_date_region_or_digit_are_invalid(string? value)
    {
        IdentityNumbers.IsValid(value).Should().BeFalse();
    }

    [Fact]
    public void The_check_character_follows_iso_7064_mod_11_2()
    {
        IdentityNumbers.CheckCharacter("11010519491231002").Should().Be('X');
        IdentityNumbers.CheckCharacter("44052419800101001").Should().Be('3');
    }

    [Fact]
    public void A_number_is_normalized_trimmed_with_an_upper_case_x()
    {
        IdentityNumbers.Normalize(" 11010519491231002x ").Should().Be("11010519491231002X");
    }

    [Fact]
    public void The_birth_year_is_read_from_the_date_part()
    {
        IdentityNumbers.BirthYear("11010519491231002X").Should().Be(1949);
    }

    [Fact]
    public void A_number_is_masked_to_its_region_code_and_last_four()
    {
        IdentityNumbers.Mask("370302198001011234").Should().Be("370302********1234");
    }

    [Theory]
    [InlineData("")]
    [InlineData("3703021980")]
    [InlineData("3703021980010112345")]
    public void A_value_of_another_length_is_never_shown_even_in_part(string value)
    {
        IdentityNumbers.Mask(value).Should().Be("******");
    }
}
