using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Indicators;
using Fupin.EventSourced.Domain.Indicators.Correcting;
using Fupin.EventSourced.Domain.Indicators.Defining;
using static Fupin.EventSourced.Domain.Tests.Plans.Given;

namespace Fupin.EventSourced.Domain.Tests.Plans;

public class IndicatorSpecs
{
    private static DefineIndicator Definition(IndicatorSource source, Measure measure = Measure.Count) =>
        new(Code, " 培训农民 ", "Farmers trained", "人次", measure, Direction.MoreIsBetter, source);

    [Fact]
    public void Defining_a_new_indicator_records_it_trimmed()
    {
        var events = DefineIndicator.Decide(Definition(new IndicatorSource(Figure.FarmersTrained, null)), null).ToList();

        events.Should().Equal(new IndicatorDefined(Code, "培训农民", "Farmers trained", "人次", Measure.Count, Direction.MoreIsBetter,
            new IndicatorSource(Figure.FarmersTrained, null)));
    }

    [Fact]
    public void Defining_a_code_twice_is_refused()
    {
        var act = () => DefineIndicator.Decide(Definition(new IndicatorSource(Figure.FarmersTrained, null)), Indicator()).ToList();

        act.Should().Throw<DomainException>().Which.Error.Should().Be(IndicatorErrors.AlreadyDefined);
    }

    [Theory]
    [InlineData(Figure.FarmersTrained, DerivedMeasure.ExecutionRate, Measure.Count, "Source")]
    [InlineData(null, null, Measure.Count, "Source")]
    [InlineData(Figure.FundsDisbursed, null, Measure.Count, "Measure")]
    [InlineData(Figure.FarmersTrained, null, Measure.Money, "Measure")]
    [InlineData(null, DerivedMeasure.ExecutionRate, Measure.Count, "Measure")]
    public void A_definition_counts_one_thing_in_a_measure_that_fits_it(Figure? figure, DerivedMeasure? derived, Measure measure, string field)
    {
        var result = new DefineIndicatorValidator().Validate(Definition(new IndicatorSource(figure, derived), measure));

        result.Errors.Should().Contain(e => e.PropertyName == field);
    }

    [Fact]
    public void A_breakdown_is_another_figure_with_a_chinese_label()
    {
        var validator = new DefineIndicatorValidator();

        validator.Validate(Definition(new IndicatorSource(Figure.FarmersTrained, null, Figure.FarmersTrainedFromPoorHouseholds, "其中贫困户"))).IsValid.Should().BeTrue();
        validator.Validate(Definition(new IndicatorSource(Figure.FarmersTrained, null, Figure.FarmersTrained, "其中"))).Errors
            .Should().Contain(e => e.PropertyName == "Source.Breakdown");
        validator.Validate(Definition(new IndicatorSource(Figure.FarmersTrained, null, Figure.FarmersTrainedFromPoorHouseholds))).Errors
            .Should().Contain(e => e.PropertyName == "Source.BreakdownNameZh");
        validator.Validate(Definition(new IndicatorSource(Figure.FarmersTrained, null)) with { Code = "Farmers Trained" }).Errors
            .Should().Contain(e => e.PropertyName == "Code");
    }

    [Fact]
    public void A_correction_keeps_the_definition_it_replaces_and_one_that_changes_nothing_is_refused()
    {
        var indicator = Indicator();
        var correction = new CorrectIndicator("培训农民", "Farmers trained", "人次", Measure.Count, Direction.MoreIsBetter,
            new IndicatorSource(Figure.FarmersTrained, null), "不再单列贫困户");

        var corrected = CorrectIndicator.Decide(correction, indicator).Cast<IndicatorCorrected>().Single();

        corrected.Replaced.Should().Be(Defined());
        Domain.Indicators.Indicator.Evolve(indicator, corrected).Source.Breakdown.Should().BeNull();
        var same = correction with { Source = indicator.Source };
        FluentActions.Invoking(() => CorrectIndicator.Decide(same, indicator).ToList())
            .Should().Throw<DomainException>().Which.Error.Should().Be(IndicatorErrors.Unchanged);
    }
}
