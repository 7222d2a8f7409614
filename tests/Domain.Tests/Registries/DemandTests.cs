using Fupin.EventSourced.Domain.Demands;
using Fupin.EventSourced.Domain.Demands.Agreements;
using Fupin.EventSourced.Domain.Demands.Closing;
using Fupin.EventSourced.Domain.Demands.Matching;
using Fupin.EventSourced.Domain.Demands.Registering;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Registering;
using Fupin.EventSourced.Domain.Technologies;
using Fupin.EventSourced.Domain.Technologies.Registering;
using Fupin.EventSourced.Domain.Villages.Registering;
using static Fupin.EventSourced.Domain.Tests.Registries.Given;

namespace Fupin.EventSourced.Domain.Tests.Registries;

public class RegisterDemandTests
{
    private static readonly RegisterDemand Command = new(Village, Specialty.Vegetables, " 大棚番茄病虫害绿色防控技术 ", RaisedOn);

    private static Domain.Villages.Village TheVillage(string code = Given.Village) =>
        Domain.Villages.Village.Evolve(null, new VillageRegistered(code, "汀头村", code[..6], "淄川区", code[..9], "注滋口镇"));

    [Fact]
    public void Registering_a_villages_demand_starts_its_stream_in_the_village()
    {
        var change = RegisterDemand.Decide(Command, DemandId, TheVillage(), household: null).Changes.Should().ContainSingle().Subject;

        change.StartsAs.Should().Be<Demand>();
        change.Events.Should().Equal(DemandRegistered());
        RegisteredDemand().DivisionCode.Should().Be(Village);
        RegisteredDemand().Matched.Should().BeFalse();
    }

    [Fact]
    public void A_households_demand_names_the_household()
    {
        var household = HouseholdIn(Village);

        var change = RegisterDemand.Decide(Command with { HouseholdId = household.Id }, DemandId, TheVillage(), household).Changes.Single();

        change.Events.Should().Equal(DemandRegistered(household.Id));
    }

    [Fact]
    public void A_household_of_another_village_is_refused()
    {
        var decide = () => RegisterDemand.Decide(Command with { HouseholdId = "h1" }, DemandId, TheVillage(), HouseholdIn("370302101002"));

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(DemandErrors.HouseholdNotInVillage);
    }

    [Fact]
    public void A_registered_demand_counts_for_its_village_on_the_day_it_was_raised()
    {
        DemandRegistered().Counts().Should().Equal(new FigureCount(Figure.DemandsRegistered, Village, RaisedOn, 1));
    }

    [Theory]
    [InlineData(nameof(RegisterDemand.VillageCode))]
    [InlineData(nameof(RegisterDemand.Description))]
    [InlineData(nameof(RegisterDemand.RaisedOn))]
    [InlineData(nameof(RegisterDemand.HouseholdId))]
    public void A_bad_field_is_named(string field)
    {
        var bad = field switch
        {
            nameof(RegisterDemand.VillageCode) => Command with { VillageCode = "370302" },
            nameof(RegisterDemand.Description) => Command with { Description = new string('需', RegisterDemand.MaxDescriptionLength + 1) },
            nameof(RegisterDemand.RaisedOn) => Command with { RaisedOn = Day(2101, 1, 1) },
            _ => Command with { HouseholdId = "" },
        };

        new RegisterDemandValidator().Validate(bad).Errors.Should().ContainSingle().Which.PropertyName.Should().Be(field);
    }

    private static Household HouseholdIn(string village) => Household.Evolve(null, new HouseholdRegistered(
        "h1", village, HouseholdCategory.RegisteredPoor,
        new ProtectedPerson("p1", new Sealed("p1", "x"), new Sealed("p1", "y"), null, null, 1970), [], [], 2018));
}

public class MatchDemandTests
{
    private static readonly MatchDemand ToExpert = new(Day(2018, 8, 1), ExpertId: ExpertId);

    [Fact]
    public void The_first_match_counts_the_demand_as_matched()
    {
        var matched = MatchDemand.Decide(ToExpert, "m1", RegisteredDemand(), RegisteredExpert(), technology: null);

        matched.Should().Be(MatchedToExpert());
        matched.Counts().Should().Equal(new FigureCount(Figure.DemandsMatched, Village, Day(2018, 8, 1), 1));
        Demand.Evolve(RegisteredDemand(), matched).Matched.Should().BeTrue();
    }

    [Fact]
    public void A_further_match_is_recorded_but_the_demand_counts_once()
    {
        var matched = MatchDemand.Decide(new MatchDemand(Day(2018, 8, 2), TechnologyId: TechnologyId), "m2",
            RegisteredDemand(MatchedToExpert()), expert: null, RegisteredTechnology());

        matched.Should().Be(MatchedToTechnology(on: Day(2018, 8, 2), first: false));
        matched.Counts().Should().BeEmpty();
        Demand.Evolve(RegisteredDemand(MatchedToExpert()), matched).Matches.Should().HaveCount(2);
    }

    [Fact]
    public void A_closed_demand_cannot_be_matched()
    {
        var decide = () => MatchDemand.Decide(ToExpert, "m1", RegisteredDemand(Closed()), RegisteredExpert(), technology: null);

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(DemandErrors.Closed);
    }

    [Fact]
    public void The_same_expert_cannot_be_matched_twice()
    {
        var decide = () => MatchDemand.Decide(ToExpert with { On = Day(2018, 9, 1) }, "m2", RegisteredDemand(MatchedToExpert()), RegisteredExpert(), technology: null);

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(DemandErrors.AlreadyMatched);
    }

    [Fact]
    public void The_same_technology_cannot_be_matched_twice()
    {
        var decide = () => MatchDemand.Decide(new MatchDemand(Day(2018, 9, 1), TechnologyId: TechnologyId), "m3",
            RegisteredDemand(MatchedToTechnology()), expert: null, RegisteredTechnology());

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(DemandErrors.AlreadyMatched);
    }

    [Fact]
    public void A_match_cannot_precede_the_demand()
    {
        var decide = () => MatchDemand.Decide(ToExpert with { On = RaisedOn.AddDays(-1) }, "m1", RegisteredDemand(), RegisteredExpert(), technology: null);

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(DemandErrors.DateOutOfOrder);
    }

    [Fact]
    public void A_match_names_exactly_one_of_an_expert_and_a_technology()
    {
        var validator = new MatchDemandValidator();

        validator.Validate(new MatchDemand(Day(2018, 8, 1))).Errors.Should().ContainSingle().Which.PropertyName.Should().Be(nameof(MatchDemand.ExpertId));
        validator.Validate(new MatchDemand(Day(2018, 8, 1), ExpertId, TechnologyId)).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(MatchDemand.TechnologyId));
        validator.Validate(new MatchDemand(Day(2018, 8, 1), TechnologyId: TechnologyId)).IsValid.Should().BeTrue();
    }
}

public class SignAgreementTests
{
    private static readonly SignAgreement Command = new(ExpertId, Day(2018, 9, 1), Day(2018, 9, 1), Day(2019, 8, 31));

    [Fact]
    public void An_agreement_with_a_matched_expert_is_signed_and_counted()
    {
        var signed = SignAgreement.Decide(Command, "a1", RegisteredDemand(MatchedToExpert()));

        signed.Should().Be(Signed());
        signed.Counts().Should().Equal(new FigureCount(Figure.AgreementsSigned, Village, Day(2018, 9, 1), 1));
        Demand.Evolve(RegisteredDemand(MatchedToExpert()), signed).Agreement!.ResponsibleExpertId.Should().Be(ExpertId);
    }

    [Fact]
    public void An_unmatched_demand_gets_no_agreement()
    {
        var decide = () => SignAgreement.Decide(Command, "a1", RegisteredDemand());

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(DemandErrors.NotMatched);
    }

    [Fact]
    public void The_responsible_expert_must_be_one_matched_to_the_demand()
    {
        var decide = () => SignAgreement.Decide(Command with { ResponsibleExpertId = OtherExpertId }, "a1", RegisteredDemand(MatchedToExpert()));

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(DemandErrors.ExpertNotMatched);
    }

    [Fact]
    public void A_demand_matched_only_to_a_technology_needs_its_expert_matched_first()
    {
        var decide = () => SignAgreement.Decide(Command, "a1", RegisteredDemand(MatchedToTechnology()));

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(DemandErrors.ExpertNotMatched);
    }

    [Fact]
    public void A_demand_has_one_agreement()
    {
        var decide = () => SignAgreement.Decide(Command, "a2", RegisteredDemand(MatchedToExpert(), Signed()));

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(DemandErrors.AgreementAlreadySigned);
    }

    [Fact]
    public void A_closed_demand_gets_no_agreement()
    {
        var decide = () => SignAgreement.Decide(Command, "a1", RegisteredDemand(MatchedToExpert(), Closed()));

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(DemandErrors.Closed);
    }

    [Fact]
    public void An_agreement_cannot_be_signed_before_the_expert_was_matched()
    {
        var decide = () => SignAgreement.Decide(Command with { SignedOn = Day(2018, 7, 31) }, "a1", RegisteredDemand(MatchedToExpert()));

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(DemandErrors.DateOutOfOrder);
    }

    [Fact]
    public void A_term_ending_before_it_starts_is_invalid()
    {
        new SignAgreementValidator().Validate(Command with { Until = Day(2018, 8, 31) }).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(SignAgreement.Until));
    }
}

public class CloseDemandTests
{
    [Fact]
    public void A_matched_demand_closed_as_met_counts_as_met()
    {
        var closed = CloseDemand.Decide(new CloseDemand(DemandOutcome.Met, Day(2018, 12, 1), " 村民已掌握 "), RegisteredDemand(MatchedToExpert()));

        closed.Should().Be(Closed(DemandOutcome.Met));
        closed.Counts().Should().Equal(new FigureCount(Figure.DemandsMet, Village, Day(2018, 12, 1), 1));
    }

    [Fact]
    public void A_demand_closed_as_not_met_counts_nothing()
    {
        var closed = CloseDemand.Decide(new CloseDemand(DemandOutcome.NotMet, Day(2018, 12, 1), "村民已掌握"), RegisteredDemand());

        closed.Counts().Should().BeEmpty();
        Demand.Evolve(RegisteredDemand(), closed).IsClosed.Should().BeTrue();
    }

    [Fact]
    public void An_unmatched_demand_cannot_be_met()
    {
        var decide = () => CloseDemand.Decide(new CloseDemand(DemandOutcome.Met, Day(2018, 12, 1), "done"), RegisteredDemand());

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(DemandErrors.NotMatched);
    }

    [Fact]
    public void A_demand_is_closed_once()
    {
        var decide = () => CloseDemand.Decide(new CloseDemand(DemandOutcome.NotMet, Day(2018, 12, 2), "again"), RegisteredDemand(Closed()));

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(DemandErrors.AlreadyClosed);
    }

    [Fact]
    public void A_demand_cannot_close_before_its_agreement_was_signed()
    {
        var decide = () => CloseDemand.Decide(new CloseDemand(DemandOutcome.Met, Day(2018, 8, 15), "done"), RegisteredDemand(MatchedToExpert(), Signed()));

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(DemandErrors.DateOutOfOrder);
    }

    [Fact]
    public void A_closing_without_a_reason_is_invalid()
    {
        new CloseDemandValidator().Validate(new CloseDemand(DemandOutcome.Met, Day(2018, 12, 1), "")).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(CloseDemand.Reason));
    }
}

public class RegisterTechnologyTests
{
    private static readonly RegisterTechnology Command = new(" 鲁麦 23 号 ", Specialty.Grain, " 山东省农业科学院 ", TechnologyKind.Variety, City, RegisteredOn);

    [Fact]
    public void Registering_a_technology_starts_its_stream_in_the_registry_division()
    {
        var change = RegisterTechnology.Decide(Command, TechnologyId).Changes.Should().ContainSingle().Subject;

        change.StartsAs.Should().Be<Technology>();
        change.Events.Should().Equal(new TechnologyRegistered(TechnologyId, "鲁麦 23 号", Specialty.Grain, "山东省农业科学院", TechnologyKind.Variety, City, RegisteredOn));
        RegisteredTechnology().DivisionCode.Should().Be(City);
    }

    [Fact]
    public void A_kind_outside_the_list_is_invalid()
    {
        new RegisterTechnologyValidator().Validate(Command with { Kind = (TechnologyKind)9 }).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(RegisterTechnology.Kind));
    }

    [Fact]
    public void A_technology_event_before_its_registration_fails_loudly()
    {
        var evolve = () => Technology.Evolve(RegisteredTechnology(), new { Unknown = true });

        evolve.Should().Throw<InvalidOperationException>();
    }
}
