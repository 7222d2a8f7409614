using Fupin.EventSourced.Domain.EquitySchemes;
using Fupin.EventSourced.Domain.EquitySchemes.Exiting;
using static Fupin.EventSourced.Domain.Tests.EquitySchemes.Given;

namespace Fupin.EventSourced.Domain.Tests.EquitySchemes;

public class SettleExitTests
{
    private static readonly DateOnly TermEnd = new(2025, 12, 31);
    private static readonly SettleExit Refund = new(HouseholdId(1), TermEnd, ExitSettlementKind.Refund, RefundAmount: 10_000.00m);
    private static readonly SettleExit Animals = new(HouseholdId(2), TermEnd, ExitSettlementKind.AnimalsTaken, Animals: " 能繁母猪 1 头、仔猪 8 头 ");

    [Fact]
    public void At_the_term_s_end_the_cooperative_refunds_the_share()
    {
        SettleExit.Decide(Refund, WithMembers(2)).Should().Be(
            new MemberExited(SchemeId, HouseholdId(1), TermEnd, ExitSettlementKind.Refund, 10_000.00m, null, null));
    }

    [Fact]
    public void Or_the_household_takes_the_animals_described()
    {
        SettleExit.Decide(Animals, WithMembers(2)).Should().Be(
            new MemberExited(SchemeId, HouseholdId(2), TermEnd, ExitSettlementKind.AnimalsTaken, null, "能繁母猪 1 头、仔猪 8 头", null));
    }

    [Fact]
    public void A_refund_other_than_the_share_is_refused()
    {
        var act = () => SettleExit.Decide(Refund with { RefundAmount = 9_000m }, WithMembers(1));

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.RefundNotShare);
    }

    [Fact]
    public void A_share_is_settled_at_the_term_s_end_not_before()
    {
        var act = () => SettleExit.Decide(Refund with { On = TermEnd.AddDays(-1) }, WithMembers(1));

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.DateOutOfOrder);
    }

    [Fact]
    public void A_member_exits_once()
    {
        var act = () => SettleExit.Decide(Refund, WithMembers(1, SettleExit.Decide(Refund, WithMembers(1))));

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.AlreadyExited);
    }

    [Fact]
    public void A_household_that_is_not_a_member_cannot_exit()
    {
        var act = () => SettleExit.Decide(Refund, Scheme());

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.NotAMember);
    }

    [Fact]
    public void A_refund_names_its_amount_and_takes_no_animals()
    {
        new SettleExitValidator().Validate(Refund with { RefundAmount = null, Animals = "仔猪" }).Errors.Select(e => e.PropertyName)
            .Should().BeEquivalentTo("RefundAmount", "Animals");
    }

    [Fact]
    public void Animals_taken_are_described_and_come_without_a_refund()
    {
        new SettleExitValidator().Validate(Animals with { Animals = null, RefundAmount = 10_000m }).Errors.Select(e => e.PropertyName)
            .Should().BeEquivalentTo("Animals", "RefundAmount");
    }
}
