using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.Registering;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.Tests.Envoys;

public class RegisterEnvoyTests
{
    private static readonly RegisterEnvoy Command = new(" 王建国 ", " 淄博市农业科学研究院 ", OrganisationKind.ResearchInstitute,
        Specialty.Vegetables, " 高级农艺师 ", Given.Phone, Given.County, Given.SelectedOn);

    [Fact]
    public void When_registering_then_a_new_envoy_stream_starts_with_envoy_registered_and_trimmed_text()
    {
        var decision = RegisterEnvoy.Decide(Command, Given.EnvoyId);

        var change = decision.Changes.Should().ContainSingle().Subject;
        change.StreamId.Should().Be(Given.EnvoyId);
        change.StartsAs.Should().Be<Envoy>();
        change.Events.Should().Equal(new EnvoyRegistered(Given.EnvoyId, "王建国", "淄博市农业科学研究院",
            OrganisationKind.ResearchInstitute, Specialty.Vegetables, "高级农艺师", Given.Phone, Given.County, Given.SelectedOn));
    }

    [Fact]
    public void A_registered_envoy_counts_one_envoy_selected_by_the_division_on_the_selection_date()
    {
        Given.Registered().Counts().Should().Equal(new FigureCount(Figure.EnvoysSelected, Given.County, Given.SelectedOn, 1));
    }

    [Fact]
    public void A_registered_envoy_belongs_to_the_selecting_division_with_no_assignments_and_not_withdrawn()
    {
        var envoy = Given.RegisteredEnvoy();

        envoy.Id.Should().Be(Given.EnvoyId);
        envoy.DivisionCode.Should().Be(Given.County);
        envoy.SelectedOn.Should().Be(Given.SelectedOn);
        envoy.Assignments.Should().BeEmpty();
        envoy.IsWithdrawn.Should().BeFalse();
    }

    [Fact]
    public void An_envoy_event_before_the_registration_fails_loudly()
    {
        var evolve = () => Envoy.Evolve(null, Given.Assigned("a1", Given.SelectedOn));

        evolve.Should().Throw<InvalidOperationException>().WithMessage("*EnvoyAssigned*before*");
    }

    [Fact]
    public void An_event_the_envoy_does_not_know_fails_loudly()
    {
        var evolve = () => Envoy.Evolve(Given.RegisteredEnvoy(), new { Unknown = true });

        evolve.Should().Throw<InvalidOperationException>().WithMessage("Envoy does not know the event*");
    }

    [Fact]
    public void A_well_formed_registration_is_valid()
    {
        Validate(Command).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("1381234123")]
    [InlineData("138123412345")]
    [InlineData("12812341234")]
    [InlineData("10812341234")]
    [InlineData("23812341234")]
    [InlineData("1381234123x")]
    [InlineData("+8613812341234")]
    [InlineData("138 1234 123")]
    [InlineData("１３８１２３４１２３４")]
    [InlineData("")]
    public void A_phone_that_is_not_an_11_digit_mainland_mobile_is_invalid(string phone)
    {
        Validate(Command with { Phone = phone }).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(RegisterEnvoy.Phone));
    }

    [Theory]
    [InlineData("13012341234")]
    [InlineData("19912341234")]
    public void Mobile_numbers_from_13_to_19_are_valid(string phone)
    {
        Validate(Command with { Phone = phone }).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("370000")]
    [InlineData("370302101001")]
    [InlineData("370302101")]
    [InlineData("37030")]
    [InlineData("3703021")]
    [InlineData("003020")]
    [InlineData("37030a")]
    [InlineData("３７０３０２")]
    [InlineData("")]
    public void A_division_that_is_not_a_6_digit_city_or_county_is_invalid(string division)
    {
        Validate(Command with { DivisionCode = division }).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(RegisterEnvoy.DivisionCode));
    }

    [Theory]
    [InlineData("370300")]
    [InlineData("370302")]
    public void A_city_or_a_county_may_select_envoys(string division)
    {
        Validate(Command with { DivisionCode = division }).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData(1999, 12, 31)]
    [InlineData(2101, 1, 1)]
    [InlineData(1, 1, 1)]
    public void A_selection_date_outside_2000_to_2100_is_invalid(int year, int month, int day)
    {
        Validate(Command with { SelectedOn = new DateOnly(year, month, day) }).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(RegisterEnvoy.SelectedOn));
    }

    [Theory]
    [InlineData(2000, 1, 1)]
    [InlineData(2100, 12, 31)]
    public void Selection_dates_on_the_bounds_are_valid(int year, int month, int day)
    {
        Validate(Command with { SelectedOn = new DateOnly(year, month, day) }).IsValid.Should().BeTrue();
    }

    [Fact]
    public void An_organisation_kind_out_of_range_is_invalid()
    {
        Validate(Command with { OrganisationKind = (OrganisationKind)99 }).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(RegisterEnvoy.OrganisationKind));
    }

    [Fact]
    public void A_specialty_out_of_range_is_invalid()
    {
        Validate(Command with { Specialty = (Specialty)(-1) }).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(RegisterEnvoy.Specialty));
    }

    [Theory]
    [InlineData(nameof(RegisterEnvoy.Name))]
    [InlineData(nameof(RegisterEnvoy.Organisation))]
    [InlineData(nameof(RegisterEnvoy.Title))]
    public void Blank_text_is_invalid_naming_the_field(string field)
    {
        Validate(With(field, " \u3000 ")).Errors.Should().ContainSingle().Which.PropertyName.Should().Be(field);
    }

    [Theory]
    [InlineData(nameof(RegisterEnvoy.Name))]
    [InlineData(nameof(RegisterEnvoy.Organisation))]
    [InlineData(nameof(RegisterEnvoy.Title))]
    public void Missing_text_is_invalid_naming_the_field(string field)
    {
        Validate(With(field, null!)).Errors.Should().ContainSingle().Which.PropertyName.Should().Be(field);
    }

    [Theory]
    [InlineData(nameof(RegisterEnvoy.Name))]
    [InlineData(nameof(RegisterEnvoy.Organisation))]
    [InlineData(nameof(RegisterEnvoy.Title))]
    public void Text_longer_than_the_limit_is_invalid_naming_the_field(string field)
    {
        Validate(With(field, new string('研', EnvoyRules.MaxTextLength + 1))).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(field);
        Validate(With(field, new string('研', EnvoyRules.MaxTextLength))).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData(nameof(RegisterEnvoy.Name))]
    [InlineData(nameof(RegisterEnvoy.Organisation))]
    [InlineData(nameof(RegisterEnvoy.Title))]
    public void Text_with_control_characters_is_invalid_naming_the_field(string field)
    {
        Validate(With(field, "王\u0007建\u202E国")).Errors.Should().ContainSingle().Which.PropertyName.Should().Be(field);
    }

    [Fact]
    public void Every_invalid_field_is_named_at_once()
    {
        var result = Validate(new RegisterEnvoy("", "", (OrganisationKind)9, (Specialty)9, "", "138", "370000", default));

        result.Errors.Select(e => e.PropertyName).Should().BeEquivalentTo(
            nameof(RegisterEnvoy.Name), nameof(RegisterEnvoy.Organisation), nameof(RegisterEnvoy.OrganisationKind),
            nameof(RegisterEnvoy.Specialty), nameof(RegisterEnvoy.Title), nameof(RegisterEnvoy.Phone),
            nameof(RegisterEnvoy.DivisionCode), nameof(RegisterEnvoy.SelectedOn));
    }

    private static RegisterEnvoy With(string field, string value) => field switch
    {
        nameof(RegisterEnvoy.Name) => Command with { Name = value },
        nameof(RegisterEnvoy.Organisation) => Command with { Organisation = value },
        nameof(RegisterEnvoy.Title) => Command with { Title = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a text field."),
    };

    private static FluentValidation.Results.ValidationResult Validate(RegisterEnvoy command) =>
        new RegisterEnvoyValidator().Validate(command);
}
