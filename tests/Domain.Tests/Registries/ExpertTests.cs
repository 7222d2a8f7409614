using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Experts;
using Fupin.EventSourced.Domain.Experts.CorrectingDetails;
using Fupin.EventSourced.Domain.Experts.Groups;
using Fupin.EventSourced.Domain.Experts.Registering;
using Fupin.EventSourced.Domain.Figures;
using static Fupin.EventSourced.Domain.Tests.Registries.Given;

namespace Fupin.EventSourced.Domain.Tests.Registries;

public class RegisterExpertTests
{
    private static readonly RegisterExpert Command = new(" 李明华 ", " 山东农业大学 ", " 研究员 ", Specialty.Vegetables, Phone, County, RegisteredOn);

    [Fact]
    public void When_registering_an_expert_then_a_new_expert_stream_starts_with_trimmed_text()
    {
        var change = RegisterExpert.Decide(Command, ExpertId).Changes.Should().ContainSingle().Subject;

        change.StreamId.Should().Be(ExpertId);
        change.StartsAs.Should().Be<Expert>();
        change.Events.Should().Equal(ExpertRegistered());
    }

    [Fact]
    public void A_registered_expert_belongs_to_the_registry_division_and_no_group()
    {
        var expert = RegisteredExpert();

        expert.DivisionCode.Should().Be(County);
        expert.GroupId.Should().BeNull();
    }

    [Fact]
    public void A_registration_counts_one_expert_for_the_division_on_its_date()
    {
        ExpertRegistered().Counts().Should().Equal(new FigureCount(Figure.ExpertsRegistered, County, RegisteredOn, 1));
    }

    [Fact]
    public void A_well_formed_registration_is_valid() => new RegisterExpertValidator().Validate(Command).IsValid.Should().BeTrue();

    [Theory]
    [InlineData(nameof(RegisterExpert.Name))]
    [InlineData(nameof(RegisterExpert.Phone))]
    [InlineData(nameof(RegisterExpert.DivisionCode))]
    [InlineData(nameof(RegisterExpert.RegisteredOn))]
    [InlineData(nameof(RegisterExpert.Specialty))]
    public void A_bad_field_is_named(string field)
    {
        var bad = field switch
        {
            nameof(RegisterExpert.Name) => Command with { Name = " " },
            nameof(RegisterExpert.Phone) => Command with { Phone = "1391234567" },
            nameof(RegisterExpert.DivisionCode) => Command with { DivisionCode = "370000" },
            nameof(RegisterExpert.RegisteredOn) => Command with { RegisteredOn = Day(1999, 12, 31) },
            _ => Command with { Specialty = (Specialty)42 },
        };

        new RegisterExpertValidator().Validate(bad).Errors.Should().ContainSingle().Which.PropertyName.Should().Be(field);
    }
}

public class CorrectExpertDetailsTests
{
    [Fact]
    public void A_correction_carries_only_the_changed_fields()
    {
        var corrected = CorrectExpertDetails.Decide(new CorrectExpertDetails("typo", Name: "李明华", Title: " 教授 "), RegisteredExpert());

        corrected.Should().Be(new ExpertDetailsCorrected(ExpertId, County, null, null, "教授", null, null, null, null, "typo"));
        Expert.Evolve(RegisteredExpert(), corrected).Title.Should().Be("教授");
    }

    [Fact]
    public void A_correction_that_changes_nothing_is_refused()
    {
        var decide = () => CorrectExpertDetails.Decide(new CorrectExpertDetails("typo", Phone: Phone), RegisteredExpert());

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(ExpertErrors.DetailsUnchanged);
    }

    [Fact]
    public void A_moved_registration_date_carries_the_date_it_replaces_and_moves_the_count()
    {
        var corrected = CorrectExpertDetails.Decide(new CorrectExpertDetails("wrong year", RegisteredOn: Day(2019, 3, 1)), RegisteredExpert());

        corrected.ReplacedRegisteredOn.Should().Be(RegisteredOn);
        corrected.Counts().Should().Equal(
            new FigureCount(Figure.ExpertsRegistered, County, RegisteredOn, -1),
            new FigureCount(Figure.ExpertsRegistered, County, Day(2019, 3, 1), 1));
    }

    [Fact]
    public void A_correction_of_other_details_counts_nothing()
    {
        CorrectExpertDetails.Decide(new CorrectExpertDetails("typo", Name: "李明"), RegisteredExpert()).Counts().Should().BeEmpty();
    }

    [Fact]
    public void The_registration_date_cannot_move_past_the_first_group_membership()
    {
        var member = RegisteredExpert(new ExpertJoinedGroup(ExpertId, GroupId, Day(2018, 5, 1)), new ExpertLeftGroup(ExpertId, GroupId, Day(2018, 6, 1), "moved"));

        var decide = () => CorrectExpertDetails.Decide(new CorrectExpertDetails("typo", RegisteredOn: Day(2018, 5, 2)), member);

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(ExpertErrors.DateOutOfOrder);
    }

    [Fact]
    public void A_correction_without_a_reason_is_invalid()
    {
        new CorrectExpertDetailsValidator().Validate(new CorrectExpertDetails("", Name: "李明")).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(CorrectExpertDetails.Reason));
    }

    [Fact]
    public void A_corrected_phone_must_be_a_mobile_number()
    {
        new CorrectExpertDetailsValidator().Validate(new CorrectExpertDetails("typo", Phone: "12345")).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(CorrectExpertDetails.Phone));
    }
}
