using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Domain.Villages.Registering;

namespace Fupin.EventSourced.Domain.Tests.Villages;

public class RegisterVillageTests
{
    private static readonly RegisterVillage Command = new(Given.Code, " 汀头村 ", "淄川区", "注滋口镇");

    [Fact]
    public void Given_no_village_when_registering_then_village_registered_with_codes_from_its_code()
    {
        var registered = RegisterVillage.Decide(Command, current: null);

        registered.Should().Be(new VillageRegistered(
            VillageCode: "370302101001", Name: "汀头村", CountyCode: "370302", County: "淄川区",
            TownshipCode: "370302101", Township: "注滋口镇"));
    }

    [Fact]
    public void Given_a_registered_village_when_registering_its_code_again_then_conflict()
    {
        var decide = () => RegisterVillage.Decide(Command, Given.RegisteredVillage());

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(VillageErrors.AlreadyRegistered);
    }

    [Theory]
    [InlineData("37030210100")]
    [InlineData("3703021010011")]
    [InlineData("37030210100x")]
    [InlineData("３７０３０２１０１００１")]
    [InlineData("")]
    public void A_code_that_is_not_12_ascii_digits_is_invalid(string code)
    {
        var result = new RegisterVillageValidator().Validate(Command with { Code = code });

        result.Errors.Should().ContainSingle().Which.PropertyName.Should().Be(nameof(RegisterVillage.Code));
    }

    [Fact]
    public void Empty_names_and_missing_fields_are_invalid_each_by_name()
    {
        var result = new RegisterVillageValidator().Validate(new RegisterVillage(Given.Code, "  ", null!, "镇\u0007"));

        result.Errors.Select(e => e.PropertyName).Should().BeEquivalentTo(
            nameof(RegisterVillage.Name), nameof(RegisterVillage.County), nameof(RegisterVillage.Township));
    }

    [Theory]
    [InlineData("\u202E村头汀")]
    [InlineData("汀\u200B头村")]
    [InlineData("汀头村\uFFFF")]
    public void Names_with_invisible_or_malformed_characters_are_invalid(string name)
    {
        var result = new RegisterVillageValidator().Validate(Command with { Name = name });

        result.Errors.Should().ContainSingle().Which.PropertyName.Should().Be(nameof(RegisterVillage.Name));
    }

    [Fact]
    public void A_name_with_a_lone_surrogate_is_invalid()
    {
        var name = "汀头" + (char)0xD800 + "村";

        new RegisterVillageValidator().Validate(Command with { Name = name }).IsValid.Should().BeFalse();
    }

    [Theory]
    [InlineData("汀头村")]
    [InlineData("𠀀村")]
    [InlineData("Ma'anshan Village")]
    public void Names_in_any_script_including_supplementary_characters_are_valid(string name)
    {
        new RegisterVillageValidator().Validate(Command with { Name = name }).IsValid.Should().BeTrue();
    }

    [Fact]
    public void A_name_longer_than_the_limit_is_invalid()
    {
        var result = new RegisterVillageValidator().Validate(
            Command with { Name = new string('村', RegisterVillage.MaxNameLength + 1) });

        result.Errors.Should().ContainSingle().Which.PropertyName.Should().Be(nameof(RegisterVillage.Name));
    }

    [Fact]
    public void A_well_formed_command_is_valid()
    {
        new RegisterVillageValidator().Validate(Command).IsValid.Should().BeTrue();
    }
}
