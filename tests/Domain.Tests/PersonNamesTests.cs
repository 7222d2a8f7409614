namespace Fupin.EventSourced.Domain.Tests;

public class PersonNamesTests
{
    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("欧阳明远", "欧***")]
    [InlineData("Li", "L*")]
    public void A_name_is_masked_to_its_first_character_and_a_star_for_each_other(string name, string masked)
    {
        PersonNames.Mask(name).Should().Be(masked);
    }

    [Fact]
    public void A_family_name_outside_the_basic_plane_is_kept_whole_and_counted_as_one_character()
    {
        PersonNames.Mask("𠮷田").Should().Be("𠮷*");
    }

    [Theory]
    [InlineData("张")]
    [InlineData("")]
    public void A_name_of_one_character_or_none_shows_only_a_star(string name)
    {
        PersonNames.Mask(name).Should().Be("*");
    }
}
