using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Trainings;
using Fupin.EventSourced.Domain.Trainings.Correcting;
using static Fupin.EventSourced.Domain.Tests.Trainings.Given;

namespace Fupin.EventSourced.Domain.Tests.Trainings;

public class CorrectTrainingTests
{
    private static readonly DateOnly NextYear = new(2024, 1, 3);

    [Fact]
    public void A_correction_carries_the_values_now_and_the_values_it_replaces()
    {
        var corrected = CorrectTraining.Decide(new CorrectTraining(" recount ", FarmersTrained: 120), TrainingFrom(Recorded()));

        corrected.Should().Be(new TrainingCorrected(TrainingId, Township, "recount", HeldOn, "大棚蔬菜病虫害绿色防控", TrainingKind.Field,
            120, 100, HeldOn, "大棚蔬菜病虫害绿色防控", TrainingKind.Field, 128, 100));
    }

    [Fact]
    public void A_corrected_number_counts_minus_the_old_plus_the_new_and_nothing_for_what_did_not_change()
    {
        var corrected = CorrectTraining.Decide(new CorrectTraining("recount", FarmersTrained: 120), TrainingFrom(Recorded()));

        corrected.Counts().Should().Equal(
            new FigureCount(Figure.FarmersTrained, Township, HeldOn, -128),
            new FigureCount(Figure.FarmersTrained, Township, HeldOn, 120));
        corrected.Counts().Sum(c => c.Amount).Should().Be(-8);
    }

    [Fact]
    public void A_corrected_date_moves_every_figure_of_the_training_to_the_new_date()
    {
        var corrected = CorrectTraining.Decide(new CorrectTraining("wrong year", HeldOn: NextYear), TrainingFrom(Recorded()));

        corrected.Counts().Should().Equal(
            new FigureCount(Figure.TrainingSessions, Township, HeldOn, -1),
            new FigureCount(Figure.TrainingSessions, Township, NextYear, 1),
            new FigureCount(Figure.FarmersTrained, Township, HeldOn, -128),
            new FigureCount(Figure.FarmersTrained, Township, NextYear, 128),
            new FigureCount(Figure.FarmersTrainedFromPoorHouseholds, Township, HeldOn, -100),
            new FigureCount(Figure.FarmersTrainedFromPoorHouseholds, Township, NextYear, 100));
    }

    [Fact]
    public void A_topic_correction_counts_nothing()
    {
        CorrectTraining.Decide(new CorrectTraining("typo", Topic: "蔬菜病虫害防控"), TrainingFrom(Recorded())).Counts().Should().BeEmpty();
    }

    [Fact]
    public void Two_corrections_in_turn_sum_with_the_record_to_the_last_values()
    {
        var recorded = Recorded();
        var first = CorrectTraining.Decide(new CorrectTraining("recount", FarmersTrained: 120, HeldOn: NextYear), TrainingFrom(recorded));
        var second = CorrectTraining.Decide(new CorrectTraining("recount", FarmersTrained: 130, FarmersTrainedFromPoorHouseholds: 90),
            TrainingFrom(recorded, first));

        var counts = recorded.Counts().Concat(first.Counts()).Concat(second.Counts()).ToList();

        Sum(counts, Figure.FarmersTrained, HeldOn.Year).Should().Be(0);
        Sum(counts, Figure.FarmersTrained, NextYear.Year).Should().Be(130);
        Sum(counts, Figure.FarmersTrainedFromPoorHouseholds, NextYear.Year).Should().Be(90);
        Sum(counts, Figure.TrainingSessions, HeldOn.Year).Should().Be(0);
        Sum(counts, Figure.TrainingSessions, NextYear.Year).Should().Be(1);
        TrainingFrom(recorded, first, second).Should().Match<Training>(t =>
            t.FarmersTrained == 130 && t.FarmersTrainedFromPoorHouseholds == 90 && t.HeldOn == NextYear && t.Corrections == 2);
    }

    [Fact]
    public void A_correction_that_changes_nothing_is_refused()
    {
        var act = () => CorrectTraining.Decide(new CorrectTraining("same", FarmersTrained: 128, Kind: TrainingKind.Field), TrainingFrom(Recorded()));

        act.Should().Throw<DomainException>().Which.Error.Should().Be(TrainingErrors.CorrectionUnchanged);
    }

    [Fact]
    public void Fewer_farmers_trained_than_from_poor_households_is_refused()
    {
        var act = () => CorrectTraining.Decide(new CorrectTraining("recount", FarmersTrained: 99), TrainingFrom(Recorded(poor: 100)));

        act.Should().Throw<DomainException>().Which.Error.Should().Be(TrainingErrors.PoorExceedTrained);
    }

    [Fact]
    public void Fewer_farmers_trained_than_villages_taking_part_is_refused()
    {
        var act = () => CorrectTraining.Decide(new CorrectTraining("recount", FarmersTrained: 1, FarmersTrainedFromPoorHouseholds: 0),
            TrainingFrom(Recorded()));

        act.Should().Throw<DomainException>().Which.Error.Should().Be(TrainingErrors.VillagesExceedTrained);
    }

    [Fact]
    public void A_correction_needs_a_reason_and_valid_values()
    {
        var errors = new CorrectTrainingValidator().Validate(new CorrectTraining(" ", HeldOn: new DateOnly(1999, 1, 1), Topic: "",
            FarmersTrained: 0, FarmersTrainedFromPoorHouseholds: -1)).Errors;

        errors.Select(e => e.PropertyName).Distinct().Should().BeEquivalentTo(
            "Reason", "HeldOn", "Topic", "FarmersTrained", "FarmersTrainedFromPoorHouseholds");
    }

    private static decimal Sum(IEnumerable<FigureCount> counts, Figure figure, int year) =>
        counts.Where(c => c.Figure == figure && c.On.Year == year).Sum(c => c.Amount);
}
