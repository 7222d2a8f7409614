using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.CorrectingDetails;
using Fupin.EventSourced.Domain.Figures;
using static Fupin.EventSourced.Domain.Tests.Envoys.Given;

namespace Fupin.EventSourced.Domain.Tests.Envoys;

public class CorrectEnvoyDetailsTests
{
    [Fact]
    public void Given_an_envoy_when_correcting_then_only_the_changed_fields_are_set()
    {
        var command = new CorrectEnvoyDetails(" typo in the 2018 list ", Name: " 王建国 ", Title: " 研究员 ", Phone: Phone,
            Specialty: Specialty.Grain, OrganisationKind: OrganisationKind.ResearchInstitute);

        var corrected = CorrectEnvoyDetails.Decide(command, RegisteredEnvoy());

        corrected.Should().Be(new EnvoyDetailsCorrected(EnvoyId, Name: null, Organisation: null, OrganisationKind: null,
            Specialty.Grain, "研究员", Phone: null, SelectedOn: null, "typo in the 2018 list"));
    }

    [Fact]
    public void Given_an_envoy_when_correcting_every_field_then_every_field_is_set()
    {
        var command = new CorrectEnvoyDetails("wrong person entered", "李娜", "山东农业大学", OrganisationKind.University,
            Specialty.FruitAndForestry, "教授", "13912345678", Day(2018, 2, 1));

        var corrected = CorrectEnvoyDetails.Decide(command, RegisteredEnvoy());

        corrected.Should().Be(new EnvoyDetailsCorrected(EnvoyId, "李娜", "山东农业大学", OrganisationKind.University,
            Specialty.FruitAndForestry, "教授", "13912345678", Day(2018, 2, 1), "wrong person entered", PreviousSelectedOn: SelectedOn, County));
    }

    [Fact]
    public void A_moved_selection_date_moves_the_envoys_count_to_the_new_date()
    {
        var corrected = CorrectEnvoyDetails.Decide(new CorrectEnvoyDetails("entered a year late", SelectedOn: Day(2019, 1, 10)), RegisteredEnvoy());

        corrected.Counts().Should().Equal(
            new FigureCount(Figure.EnvoysSelected, County, SelectedOn, -1),
            new FigureCount(Figure.EnvoysSelected, County, Day(2019, 1, 10), 1));
    }

    [Fact]
    public void A_correction_that_keeps_the_selection_date_counts_nothing()
    {
        CorrectEnvoyDetails.Decide(new CorrectEnvoyDetails("typo", Title: "研究员"), RegisteredEnvoy()).Counts().Should().BeEmpty();
    }

    [Fact]
    public void A_corrected_envoy_keeps_what_the_correction_left_out()
    {
        var envoy = RegisteredEnvoy(new EnvoyDetailsCorrected(EnvoyId, null, null, null, null, "研究员", "13912345678", null, "typo"));

        (envoy.Name, envoy.Organisation, envoy.OrganisationKind, envoy.Specialty, envoy.Title, envoy.Phone, envoy.SelectedOn)
            .Should().Be(("王建国", "淄博市农业科学研究院", OrganisationKind.ResearchInstitute, Specialty.Vegetables, "研究员",
                "13912345678", SelectedOn));
    }

    [Fact]
    public void Given_an_envoy_when_a_correction_names_no_field_then_refused_as_unchanged()
    {
        Decide(RegisteredEnvoy(), new CorrectEnvoyDetails("nothing"))
            .Should().Throw<DomainException>().Which.Error.Should().Be(EnvoyErrors.DetailsUnchanged);
    }

    [Fact]
    public void Given_an_envoy_when_a_correction_repeats_the_current_details_then_refused_as_unchanged()
    {
        var same = new CorrectEnvoyDetails("same", " 王建国", "淄博市农业科学研究院 ", OrganisationKind.ResearchInstitute,
            Specialty.Vegetables, "高级农艺师", Phone, SelectedOn);

        Decide(RegisteredEnvoy(), same).Should().Throw<DomainException>().Which.Error.Should().Be(EnvoyErrors.DetailsUnchanged);
    }

    [Fact]
    public void A_correction_back_to_an_earlier_value_is_a_change()
    {
        var envoy = RegisteredEnvoy(new EnvoyDetailsCorrected(EnvoyId, null, null, null, null, "研究员", null, null, "typo"));

        CorrectEnvoyDetails.Decide(new CorrectEnvoyDetails("undo", Title: "高级农艺师"), envoy).Title.Should().Be("高级农艺师");
    }

    [Fact]
    public void The_selection_date_cannot_move_after_the_start_of_an_assignment()
    {
        var envoy = RegisteredEnvoy(Assigned("a1", Day(2018, 6, 1)));

        Decide(envoy, new CorrectEnvoyDetails("late", SelectedOn: Day(2018, 6, 2)))
            .Should().Throw<DomainException>().Which.Error.Should().Be(EnvoyErrors.DateBeforeSelection);
    }

    [Fact]
    public void The_selection_date_cannot_move_after_the_start_of_an_assignment_that_has_ended()
    {
        var envoy = RegisteredEnvoy(Assigned("a1", Day(2018, 6, 1)), Ended("a1", Day(2018, 9, 30)));

        Decide(envoy, new CorrectEnvoyDetails("late", SelectedOn: Day(2018, 7, 1)))
            .Should().Throw<DomainException>().Which.Error.Should().Be(EnvoyErrors.DateBeforeSelection);
    }

    [Theory]
    [InlineData(2018, 6, 1)]
    [InlineData(2018, 4, 1)]
    [InlineData(2017, 12, 1)]
    public void The_selection_date_may_move_up_to_the_first_assignments_start(int year, int month, int day)
    {
        var envoy = RegisteredEnvoy(Assigned("a1", Day(2018, 6, 1)));

        CorrectEnvoyDetails.Decide(new CorrectEnvoyDetails("date", SelectedOn: new DateOnly(year, month, day)), envoy)
            .SelectedOn.Should().Be(new DateOnly(year, month, day));
    }

    [Fact]
    public void A_correction_with_only_a_reason_is_valid()
    {
        Validate(new CorrectEnvoyDetails("typo", Title: "研究员")).IsValid.Should().BeTrue();
        Validate(new CorrectEnvoyDetails("typo")).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("typo\u0000")]
    [InlineData(null)]
    public void A_correction_needs_a_printable_reason(string? reason)
    {
        Validate(new CorrectEnvoyDetails(reason!, Title: "研究员")).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(CorrectEnvoyDetails.Reason));
    }

    [Fact]
    public void A_reason_longer_than_the_limit_is_invalid()
    {
        Validate(new CorrectEnvoyDetails(new string('因', EnvoyRules.MaxReasonLength + 1))).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(CorrectEnvoyDetails.Reason));
    }

    [Theory]
    [InlineData(nameof(CorrectEnvoyDetails.Name))]
    [InlineData(nameof(CorrectEnvoyDetails.Organisation))]
    [InlineData(nameof(CorrectEnvoyDetails.Title))]
    public void A_text_field_that_is_given_must_not_be_blank(string field)
    {
        Validate(With(field, "  ")).Errors.Should().ContainSingle().Which.PropertyName.Should().Be(field);
    }

    [Theory]
    [InlineData(nameof(CorrectEnvoyDetails.Name))]
    [InlineData(nameof(CorrectEnvoyDetails.Organisation))]
    [InlineData(nameof(CorrectEnvoyDetails.Title))]
    public void A_text_field_that_is_given_must_not_be_too_long(string field)
    {
        Validate(With(field, new string('研', EnvoyRules.MaxTextLength + 1))).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(field);
    }

    [Theory]
    [InlineData(nameof(CorrectEnvoyDetails.Name))]
    [InlineData(nameof(CorrectEnvoyDetails.Organisation))]
    [InlineData(nameof(CorrectEnvoyDetails.Title))]
    public void A_text_field_that_is_given_must_not_hold_control_characters(string field)
    {
        Validate(With(field, "研\u200B究员")).Errors.Should().ContainSingle().Which.PropertyName.Should().Be(field);
    }

    [Theory]
    [InlineData("1391234567")]
    [InlineData("12912345678")]
    [InlineData("")]
    public void A_corrected_phone_must_be_a_mainland_mobile(string phone)
    {
        Validate(new CorrectEnvoyDetails("typo", Phone: phone)).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(CorrectEnvoyDetails.Phone));
    }

    [Theory]
    [InlineData(1999, 12, 31)]
    [InlineData(2101, 1, 1)]
    public void A_corrected_selection_date_must_lie_in_2000_to_2100(int year, int month, int day)
    {
        Validate(new CorrectEnvoyDetails("typo", SelectedOn: new DateOnly(year, month, day))).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(CorrectEnvoyDetails.SelectedOn));
    }

    [Fact]
    public void Corrected_kinds_and_specialties_must_be_defined()
    {
        var result = Validate(new CorrectEnvoyDetails("typo", OrganisationKind: (OrganisationKind)5, Specialty: (Specialty)7));

        result.Errors.Select(e => e.PropertyName).Should().BeEquivalentTo(
            nameof(CorrectEnvoyDetails.OrganisationKind), nameof(CorrectEnvoyDetails.Specialty));
    }

    private static CorrectEnvoyDetails With(string field, string value) => field switch
    {
        nameof(CorrectEnvoyDetails.Name) => new CorrectEnvoyDetails("typo", Name: value),
        nameof(CorrectEnvoyDetails.Organisation) => new CorrectEnvoyDetails("typo", Organisation: value),
        nameof(CorrectEnvoyDetails.Title) => new CorrectEnvoyDetails("typo", Title: value),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a text field."),
    };

    private static Func<EnvoyDetailsCorrected> Decide(Envoy envoy, CorrectEnvoyDetails command) =>
        () => CorrectEnvoyDetails.Decide(command, envoy);

    private static FluentValidation.Results.ValidationResult Validate(CorrectEnvoyDetails command) =>
        new CorrectEnvoyDetailsValidator().Validate(command);

    [Fact]
    public void A_corrected_selection_date_after_the_withdrawal_is_refused()
    {
        var envoy = RegisteredEnvoy(Withdrawn(Day(2018, 12, 31)));

        var decide = () => CorrectEnvoyDetails.Decide(new CorrectEnvoyDetails("typo", SelectedOn: Day(2019, 3, 1)), envoy);

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(EnvoyErrors.DateBeforeSelection);
    }
}
