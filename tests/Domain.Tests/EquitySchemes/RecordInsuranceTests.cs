using Fupin.EventSourced.Domain.EquitySchemes;
using Fupin.EventSourced.Domain.EquitySchemes.Insuring;
using static Fupin.EventSourced.Domain.Tests.EquitySchemes.Given;

namespace Fupin.EventSourced.Domain.Tests.EquitySchemes;

public class RecordInsuranceTests
{
    private static readonly RecordInsurance Command = new(HouseholdId(1), 1, "中国人寿", "P2023-001", 216.00m, 200_000.00m, new DateOnly(2023, 1, 1));

    [Fact]
    public void A_member_s_insurance_for_a_term_year_is_recorded()
    {
        RecordInsurance.Decide(Command, WithMembers(1)).Should().Be(
            new InsuranceRecorded(SchemeId, HouseholdId(1), 1, "中国人寿", "P2023-001", 216.00m, 200_000.00m, new DateOnly(2023, 1, 1)));
    }

    [Fact]
    public void A_term_year_is_insured_once()
    {
        var scheme = WithMembers(1, RecordInsurance.Decide(Command, WithMembers(1)));

        var act = () => RecordInsurance.Decide(Command with { PolicyReference = "P2023-002" }, scheme);

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.InsuranceAlreadyRecorded);
    }

    [Fact]
    public void Only_members_are_insured_through_the_scheme()
    {
        var act = () => RecordInsurance.Decide(Command, Scheme());

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.NotAMember);
    }

    [Fact]
    public void A_negative_premium_is_invalid()
    {
        new RecordInsuranceValidator().Validate(Command with { Premium = -216m }).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be("Premium");
    }
}
