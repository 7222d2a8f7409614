namespace Fupin.EventSourced.Domain.Tests;

public class PhoneNumbersTests
{
    [Fact]
    public void A_mobile_number_is_masked_to_its_first_3_and_last_4_digits()
    {
        PhoneNumbers.Mask("13812341234").Should().Be("138****1234");
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("123456")]
    [InlineData("1234567")]
    [InlineData("12345678")]
    public void A_short_value_is_never_shown_in_full(string value)
    {
        var masked = PhoneNumbers.Mask(value);

        masked.Should().Contain("*").And.NotBe(value);
    }

    [Theory]
    [InlineData("13812341234", true)]
    [InlineData("19912341234", true)]
    [InlineData("12812341234", false)]
    [InlineData("1381234123", false)]
    [InlineData("138123412345", false)]
    [InlineData("1381234123٤", false)]
    [InlineData(null, false)]
    public void Mainland_mobiles_have_11_ascii_digits_and_start_13_to_19(string? value, bool valid)
    {
        PhoneNumbers.IsMainlandMobile(value).Should().Be(valid);
    }
}
