using Fupin.EventSourced.Domain.FieldWork;
using Fupin.EventSourced.Domain.FieldWork.Recognitions;
using Fupin.EventSourced.Domain.FieldWork.Recognitions.Correcting;
using Fupin.EventSourced.Domain.FieldWork.Recognitions.Recognising;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Domain.Villages.Registering;

namespace Fupin.EventSourced.Domain.Tests.FieldWork;

public class RecogniseTests
{
    private const string Id = "0196f1c2-7a00-7000-8000-00000000f101";
    private const string VillageCode = "370302101001";
    private static readonly DateOnly December = new(2018, 12, 20);
    private static readonly Village Village = Village.Evolve(null, new VillageRegistered(VillageCode, "汀头村", "370302", "淄川区", "370302101", "注滋口镇"));

    private static Household HouseholdIn(string villageCode) => new()
    {
        Id = "0196f1c2-7a00-7000-8000-00000000f1aa",
        VillageCode = villageCode,
        CountyCode = villageCode[..6],
        Head = new ProtectedPerson("p1", new Sealed("p1", "n"), new Sealed("p1", "i"), null, null, 1970),
    };

    private static Recognition Recognised(Decision decision) =>
        decision.Changes.Single().Events.Aggregate((Recognition?)null, (s, e) => Recognition.Evolve(s, e))!;

    [Fact]
    public void A_recognition_linked_to_a_household_of_the_village_counts_one_demonstration_household()
    {
        var household = HouseholdIn(VillageCode);

        var recognition = Recognised(Recognise.Decide(new Recognise(VillageCode, RecognitionKind.DemonstrationHousehold, December, household.Id), Id, Village, household));

        recognition.HouseholdId.Should().Be(household.Id);
        recognition.Details.Name.Should().BeNull("the household's people keep their names sealed in the household");
        new Recognised(Id, VillageCode, household.Id, recognition.Details).Counts()
            .Should().Equal(new FigureCount(Figure.DemonstrationHouseholdsRecognised, VillageCode, December, 1));
    }

    [Fact]
    public void A_household_of_another_village_is_refused()
    {
        var recognising = () => Recognise.Decide(
            new Recognise(VillageCode, RecognitionKind.TechLeader, December, "h"), Id, Village, HouseholdIn("370302101002"));

        recognising.Should().Throw<DomainException>().Which.Error.Should().Be(FieldWorkErrors.HouseholdOfAnotherVillage);
    }

    [Fact]
    public void A_correction_of_the_kind_moves_the_count_from_one_figure_to_the_other()
    {
        var recognition = Recognised(Recognise.Decide(new Recognise(VillageCode, RecognitionKind.TechLeader, December, Name: "张三"), Id, Village, null));

        var corrected = CorrectRecognition.Decide(new CorrectRecognition(RecognitionKind.DemonstrationHousehold, December, "wrong list", "张三"), recognition);

        corrected.Counts().Should().Equal(
            new FigureCount(Figure.TechLeadersRecognised, VillageCode, December, -1),
            new FigureCount(Figure.DemonstrationHouseholdsRecognised, VillageCode, December, 1));
    }

    [Fact]
    public void A_correction_cannot_drop_the_name_of_a_recognition_without_a_household()
    {
        var recognition = Recognised(Recognise.Decide(new Recognise(VillageCode, RecognitionKind.TechLeader, December, Name: "张三"), Id, Village, null));

        var correcting = () => CorrectRecognition.Decide(new CorrectRecognition(RecognitionKind.TechLeader, December, "anonymise"), recognition);

        correcting.Should().Throw<DomainException>().Which.Error.Should().Be(FieldWorkErrors.NameRequired);
    }

    [Fact]
    public void Without_a_household_a_name_is_required()
    {
        new RecogniseValidator().Validate(new Recognise(VillageCode, RecognitionKind.TechLeader, December)).Errors
            .Should().ContainSingle().Which.PropertyName.Should().Be("Name");
    }
}
