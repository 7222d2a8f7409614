using Fupin.EventSourced.Domain.Villages;

namespace Fupin.EventSourced.Domain.Tests.Villages;

public class VillageCodeTests
{
    [Fact]
    public void The_county_is_the_first_6_digits_and_the_township_the_first_9()
    {
        var code = VillageCode.Parse("370302101001");

        (code.CountyCode, code.TownshipCode).Should().Be(("370302", "370302101"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("37030210100")]
    [InlineData("370302-01001")]
    [InlineData("٣٧٠٣٠٢١٠١٠٠١")]
    public void Anything_but_12_ascii_digits_does_not_parse(string? value)
    {
        VillageCode.TryParse(value, out _).Should().BeFalse();
    }
}
