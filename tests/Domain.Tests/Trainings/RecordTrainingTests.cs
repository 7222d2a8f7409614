using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Trainings;
using Fupin.EventSourced.Domain.Trainings.Recording;
using static Fupin.EventSourced.Domain.Tests.Trainings.Given;

namespace Fupin.EventSourced.Domain.Tests.Trainings;

public class RecordTrainingTests
{
    private static readonly RecordTrainingValidator Validator = new();

    [Fact]
    public void Recording_a_training_names_the_envoys_from_the_register_and_the_experts_as_given()
    {
        var recorded = RecordTraining.Decide(Command(), TrainingId, [Envoy()], [KeyVillage(), KeyVillage(OtherVillage)]);

        recorded.Should().BeEquivalentTo(Recorded());
    }

    [Fact]
    public void A_training_counts_one_session_its_farmers_and_those_from_poor_households_at_its_place_on_its_date()
    {
        Recorded(trained: 128, poor: 100).Counts().Should().Equal(
            new FigureCount(Figure.TrainingSessions, Township, HeldOn, 1),
            new FigureCount(Figure.FarmersTrained, Township, HeldOn, 128),
            new FigureCount(Figure.FarmersTrainedFromPoorHouseholds, Township, HeldOn, 100));
    }

    [Fact]
    public void A_recorded_training_belongs_to_its_place()
    {
        var training = TrainingFrom(Recorded());

        (training.Id, training.DivisionCode, training.FarmersTrained, training.Version).Should().Be((TrainingId, Township, 128, 0L));
    }

    [Fact]
    public void An_envoy_not_yet_selected_on_the_training_day_cannot_have_taught_it()
    {
        var act = () => RecordTraining.Decide(Command(), TrainingId, [Envoy(selectedOn: HeldOn.AddDays(1))], []);

        act.Should().Throw<DomainException>().Which.Error.Should().Be(TrainingErrors.TrainerNotServing);
    }

    [Fact]
    public void An_envoy_withdrawn_before_the_training_day_cannot_have_taught_it()
    {
        var act = () => RecordTraining.Decide(Command(), TrainingId, [Envoy(withdrawnOn: HeldOn.AddDays(-1))], []);

        act.Should().Throw<DomainException>().Which.Error.Should().Be(TrainingErrors.TrainerNotServing);
    }

    [Fact]
    public void An_envoy_serving_from_or_until_the_training_day_may_have_taught_it()
    {
        RecordTraining.Decide(Command(), TrainingId, [Envoy(selectedOn: HeldOn, withdrawnOn: HeldOn)], []).Trainers.Should().HaveCount(2);
    }

    [Fact]
    public void A_valid_command_passes_validation()
    {
        Validator.Validate(Command()).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("370302101")]
    [InlineData("370302101001")]
    public void A_training_is_held_at_a_township_or_a_village(string place)
    {
        Validator.Validate(Command(place: place)).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("370302")]
    [InlineData("3703021010")]
    [InlineData("003021010")]
    [InlineData("37030210100A")]
    public void A_training_is_not_held_at_a_county_or_a_malformed_code(string place)
    {
        Validator.Validate(Command(place: place)).Errors.Should().ContainSingle().Which.PropertyName.Should().Be("Place");
    }

    [Fact]
    public void More_farmers_from_poor_households_than_farmers_trained_is_invalid()
    {
        Validator.Validate(Command(trained: 10, poor: 11)).Errors.Select(e => e.PropertyName).Should().Equal("FarmersTrainedFromPoorHouseholds");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public void Farmers_trained_must_be_at_least_one_and_not_a_typo(int trained)
    {
        Validator.Validate(Command(trained: trained, poor: 0, villages: [])).Errors.Select(e => e.PropertyName).Should().Equal("FarmersTrained");
    }

    [Fact]
    public void A_training_needs_a_trainer()
    {
        Validator.Validate(Command(envoys: [], experts: [])).Errors.Select(e => e.PropertyName).Should().Equal("EnvoyIds");
    }

    [Fact]
    public void A_training_taught_by_experts_alone_is_valid()
    {
        Validator.Validate(Command(envoys: [])).IsValid.Should().BeTrue();
    }

    [Fact]
    public void The_same_envoy_or_village_named_twice_is_invalid()
    {
        Validator.Validate(Command(envoys: [EnvoyId, EnvoyId], villages: [Village, Village])).Errors.Select(e => e.PropertyName)
            .Should().BeEquivalentTo("EnvoyIds", "VillageCodes");
    }

    [Fact]
    public void More_villages_than_farmers_trained_is_invalid()
    {
        Validator.Validate(Command(trained: 1, poor: 0)).Errors.Select(e => e.PropertyName).Should().Equal("VillageCodes");
    }

    [Fact]
    public void A_malformed_village_code_or_an_empty_expert_is_invalid_by_its_index()
    {
        var errors = Validator.Validate(Command(villages: ["3703"], experts: [new ExpertTrainer(" ", "山东农业大学")])).Errors;

        errors.Select(e => e.PropertyName).Should().BeEquivalentTo("VillageCodes[0]", "Experts[0].Name");
    }

    [Fact]
    public void Missing_lists_are_invalid_and_never_throw()
    {
        var errors = Validator.Validate(Command() with { EnvoyIds = null!, Experts = null!, VillageCodes = null! }).Errors;

        errors.Select(e => e.PropertyName).Should().BeEquivalentTo("EnvoyIds", "Experts", "VillageCodes");
    }

    [Fact]
    public void Seed_002_one_course_of_128_villagers_from_64_poor_villages_is_valid()
    {
        var villages = Enumerable.Range(1, 64).Select(i => $"370302101{i:D3}").ToList();

        Validator.Validate(Command(trained: 128, poor: 128, villages: villages)).IsValid.Should().BeTrue();
    }
}
