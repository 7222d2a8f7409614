using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Domain.Villages.CorrectingName;

namespace Fupin.EventSourced.Domain.Tests.Villages;

public class CorrectVillageNameTests
{
    [Fact]
    public void Given_a_village_when_correcting_its_name_then_the_correction_keeps_the_old_name_and_reason()
    {
        var corrected = CorrectVillageName.Decide(new CorrectVillageName(" 汀头新村 ", " 2018 register typo "), Given.RegisteredVillage());

        corrected.Should().Be(new VillageNameCorrected(Given.Code, "汀头新村", "汀头村", "2018 register typo"));
    }

    [Fact]
    public void Given_a_corrected_village_the_next_correction_starts_from_the_corrected_name()
    {
        var village = Village.Evolve(Given.RegisteredVillage(), new VillageNameCorrected(Given.Code, "汀头新村", "汀头村", "typo"));

        var corrected = CorrectVillageName.Decide(new CorrectVillageName("汀头东村", "renamed"), village);

        corrected.PreviousName.Should().Be("汀头新村");
    }

    [Fact]
    public void Given_a_village_when_correcting_to_the_same_name_then_rule_violation()
    {
        var decide = () => CorrectVillageName.Decide(new CorrectVillageName(" 汀头村", "typo"), Given.RegisteredVillage());

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(VillageErrors.NameUnchanged);
    }

    [Fact]
    public void A_correction_before_the_registration_fails_loudly()
    {
        var evolve = () => Village.Evolve(null, new VillageNameCorrected(Given.Code, "汀头新村", "汀头村", "typo"));

        evolve.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void A_correction_needs_a_name_and_a_reason()
    {
        var result = new CorrectVillageNameValidator().Validate(new CorrectVillageName("", " "));

        result.Errors.Select(e => e.PropertyName).Should().BeEquivalentTo(
            nameof(CorrectVillageName.Name), nameof(CorrectVillageName.Reason));
    }
}
