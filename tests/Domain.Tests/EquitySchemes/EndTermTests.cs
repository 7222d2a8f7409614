using Fupin.EventSourced.Domain.EquitySchemes;
using Fupin.EventSourced.Domain.EquitySchemes.EndingTerm;
using Fupin.EventSourced.Domain.EquitySchemes.Exiting;
using static Fupin.EventSourced.Domain.Tests.EquitySchemes.Given;

namespace Fupin.EventSourced.Domain.Tests.EquitySchemes;

public class EndTermTests
{
    private static readonly EndTerm Command = new(new DateOnly(2025, 12, 31));

    [Fact]
    public void A_term_with_every_dividend_paid_or_missed_ends_and_names_the_members_who_continue()
    {
        var exited = new MemberExited(SchemeId, HouseholdId(1), new DateOnly(2025, 12, 31), ExitSettlementKind.Refund, 10_000m, null, null);
        var scheme = WithMembers(2, [.. AllPaid(1), Paid(2, 1, "p21"), Missed(2, 2), Paid(2, 3, "p23"), exited]);

        EndTerm.Decide(Command, scheme).Should().BeEquivalentTo(new TermEnded(SchemeId, Command.On, [HouseholdId(2)]));
    }

    [Fact]
    public void A_term_with_a_dividend_neither_paid_nor_missed_does_not_end_and_the_refusal_names_it()
    {
        var scheme = WithMembers(2, [.. AllPaid(1), Paid(2, 1, "p21"), Paid(2, 3, "p23")]);

        var act = () => EndTerm.Decide(Command, scheme);

        act.Should().Throw<DomainException>().Where(e => e.Error == EquitySchemeErrors.DividendsOutstanding
                                                         && e.Message.Contains($"{HouseholdId(2)} year 2"));
    }

    [Fact]
    public void A_term_does_not_end_before_its_last_day()
    {
        var act = () => EndTerm.Decide(new EndTerm(new DateOnly(2025, 12, 30)), Scheme());

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.DateOutOfOrder);
    }

    [Fact]
    public void A_term_ends_once()
    {
        var act = () => EndTerm.Decide(Command, Scheme(new TermEnded(SchemeId, Command.On, [])));

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.TermEnded);
    }
}
