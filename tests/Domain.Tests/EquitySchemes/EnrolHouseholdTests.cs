using Fupin.EventSourced.Domain.EquitySchemes;
using Fupin.EventSourced.Domain.EquitySchemes.EndingTerm;
using Fupin.EventSourced.Domain.EquitySchemes.Enrolling;
using static Fupin.EventSourced.Domain.Tests.EquitySchemes.Given;

namespace Fupin.EventSourced.Domain.Tests.EquitySchemes;

public class EnrolHouseholdTests
{
    private static readonly EnrolHousehold Command = new(HouseholdId(1), new DateOnly(2023, 1, 1));

    [Fact]
    public void A_registered_household_of_the_division_is_enrolled_with_the_scheme_share()
    {
        EnrolHousehold.Decide(Command, Scheme(), Household(1)).Should().Be(Enrolled(1));
    }

    [Fact]
    public void A_household_in_another_county_is_refused()
    {
        var act = () => EnrolHousehold.Decide(Command, Scheme(), Household(1, village: "370303101001"));

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.HouseholdOutsideDivision);
    }

    [Fact]
    public void A_household_enrolled_already_is_refused_naming_its_enrolment()
    {
        var act = () => EnrolHousehold.Decide(Command, WithMembers(1), Household(1));

        act.Should().Throw<DomainException>().Where(e => e.Error == EquitySchemeErrors.AlreadyEnrolled && e.Message.Contains("2023-01-01"));
    }

    [Fact]
    public void A_ninth_household_is_refused_when_eight_places_are_taken()
    {
        var act = () => EnrolHousehold.Decide(Command with { HouseholdId = HouseholdId(9) }, WithMembers(8), Household(9));

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.SchemeFull);
    }

    [Fact]
    public void A_household_cannot_join_after_the_term_s_last_day()
    {
        var act = () => EnrolHousehold.Decide(Command with { EnrolledOn = new DateOnly(2026, 1, 1) }, Scheme(), Household(1));

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.DateOutOfOrder);
    }

    [Fact]
    public void A_scheme_whose_term_ended_takes_no_members()
    {
        var act = () => EnrolHousehold.Decide(Command, Scheme(new TermEnded(SchemeId, new DateOnly(2025, 12, 31), [])), Household(1));

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.TermEnded);
    }

    [Fact]
    public void An_enrolment_without_a_household_is_invalid()
    {
        new EnrolHouseholdValidator().Validate(Command with { HouseholdId = "" }).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be("HouseholdId");
    }
}
