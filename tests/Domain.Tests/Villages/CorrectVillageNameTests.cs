using Fupin.EventSourced.Domain.Villages.CorrectingName;

namespace Fupin.EventSourced.Domain.Tests.Villages;

public class CorrectVillageNameTests
{
    [Fact]
    public void Given_a_village_when_correcting_its_name_then_the_correction_keeps_the_old_name_and_reason()
    {
        var corrected = CorrectVillageName.Decide(Given.Code, new CorrectVillageName(" 汀头新村 ", " 2018 register typo "),
            Given.RegisteredVillage());

        corrected.Should().Be(new VillageNameCorrected(Given.Code, "汀头新村", "汀头村", "2018 register typo"));
    }

    [Fact]
    public void Given_a_corrected_village_the_next_correction_starts_from_the_corrected_name()
    {
        var village = Given.RegisteredVillage()
            .Apply(new VillageNameCorrected(Given.Code, "汀头新村", "汀头村", "typo"));

        var corrected = CorrectVillageName.Decide(Given.Code, new CorrectVillageName("汀头东村", "renamed"), village);

        corrected.PreviousName.Should().Be("汀头新村");
    }

    [Fact]
    public void Given_no_village_when_correcting_then_not_found()
    {
        var decide = () => CorrectVillageName.Decide(Given.Code, new CorrectVillageName("汀头新村", "typo"), null);

        decide.Should().Throw<NotFoundException>().Which.Code.Should().Be("village.not-found");
    }

    [Fact]
    public void Given_a_village_when_correcting_to_the_same_name_then_rule_violation()
    {
        var decide = () => CorrectVillageName.Decide(Given.Code, new CorrectVillageName(" 汀头村", "typo"),
            Given.RegisteredVillage());

        decide.Should().Throw<RuleViolationException>().Which.Code.Should().Be("village.name-unchanged");
    }

    [Fact]
    public void A_correction_needs_a_name_and_a_reason()
    {
        var result = new CorrectVillageNameValidator().Validate(new CorrectVillageName("", " "));

        result.Errors.Select(e => e.PropertyName).Should().BeEquivalentTo(
            nameof(CorrectVillageName.Name), nameof(CorrectVillageName.Reason));
    }
}
