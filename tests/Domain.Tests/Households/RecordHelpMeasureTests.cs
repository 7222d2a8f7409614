using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Helping;
using static Fupin.EventSourced.Domain.Tests.Households.Given;

namespace Fupin.EventSourced.Domain.Tests.Households;

public class RecordHelpMeasureTests
{
    private static readonly RecordHelpMeasure Command = new(HelpKind.Industry, " 提供能繁母猪 2 头 ", Day(2019, 4, 1), 2400.50m);

    [Fact]
    public void Given_a_household_when_recording_a_measure_then_help_measure_recorded_under_the_new_id_with_trimmed_text()
    {
        var recorded = RecordHelpMeasure.Decide(Command, RegisteredHousehold(), "m-1");

        recorded.Should().Be(new HelpMeasureRecorded(HouseholdId, "m-1", HelpKind.Industry, "提供能繁母猪 2 头", Day(2019, 4, 1), 2400.50m));
    }

    [Fact]
    public void Each_recorded_measure_is_counted_on_the_household()
    {
        var household = RegisteredHousehold(
            RecordHelpMeasure.Decide(Command, RegisteredHousehold(), "m-1"),
            RecordHelpMeasure.Decide(Command, RegisteredHousehold(), "m-2"));

        household.HelpMeasures.Should().Be(2);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.01")]
    [InlineData("2400.5")]
    [InlineData("2400.50")]
    [InlineData("9999999999.99")]
    public void A_non_negative_amount_with_at_most_two_decimals_is_valid(string amount)
    {
        Validate(Command with { AmountCny = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) }).IsValid.Should().BeTrue();
    }

    [Fact]
    public void A_measure_without_an_amount_is_valid()
    {
        Validate(Command with { AmountCny = null }).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("-100")]
    [InlineData("0.001")]
    [InlineData("2400.505")]
    public void A_negative_amount_or_one_with_more_than_two_decimals_is_invalid(string amount)
    {
        Validate(Command with { AmountCny = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) }).Errors
            .Should().ContainSingle().Which.PropertyName.Should().Be(nameof(RecordHelpMeasure.AmountCny));
    }

    [Fact]
    public void Every_invalid_field_is_named_at_once()
    {
        var result = Validate(new RecordHelpMeasure((HelpKind)77, "", new DateOnly(2101, 1, 1), -1m));

        result.Errors.Select(e => e.PropertyName).Should().BeEquivalentTo(
            nameof(RecordHelpMeasure.Kind), nameof(RecordHelpMeasure.Description), nameof(RecordHelpMeasure.On), nameof(RecordHelpMeasure.AmountCny));
    }

    private static FluentValidation.Results.ValidationResult Validate(RecordHelpMeasure command) =>
        new RecordHelpMeasureValidator().Validate(command);
}
