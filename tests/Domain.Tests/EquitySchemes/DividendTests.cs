using Fupin.EventSourced.Domain.EquitySchemes;
using Fupin.EventSourced.Domain.EquitySchemes.Dividends;
using Fupin.EventSourced.Domain.EquitySchemes.Exiting;
using static Fupin.EventSourced.Domain.Tests.EquitySchemes.Given;

namespace Fupin.EventSourced.Domain.Tests.EquitySchemes;

public class RecordDividendPaidTests
{
    private static readonly RecordDividendPaid Command = new(HouseholdId(1), 1, new DateOnly(2023, 12, 31), 1_000.00m, " V1-1 ");

    [Fact]
    public void A_member_s_fixed_dividend_is_recorded_with_the_trimmed_voucher()
    {
        RecordDividendPaid.Decide(Command, WithMembers(1), "pay").Should().Be(Paid(1, 1));
    }

    [Fact]
    public void A_dividend_paid_after_it_was_recorded_missed_is_late_and_the_miss_stays()
    {
        var paid = RecordDividendPaid.Decide(Command with { PaidOn = new DateOnly(2024, 3, 1) }, WithMembers(1, Missed(1, 1)), "pay");

        paid.Late.Should().BeTrue();
        var member = EquityScheme.Evolve(WithMembers(1, Missed(1, 1)), paid).Members[0];
        member.MissFor(1).Should().NotBeNull();
        member.PaymentFor(1)!.PaidOn.Should().Be(new DateOnly(2024, 3, 1));
    }

    [Fact]
    public void A_household_that_is_not_a_member_is_refused()
    {
        var act = () => RecordDividendPaid.Decide(Command with { HouseholdId = HouseholdId(2) }, WithMembers(1), "pay");

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.NotAMember);
    }

    [Fact]
    public void The_same_year_cannot_be_paid_twice()
    {
        var act = () => RecordDividendPaid.Decide(Command, WithMembers(1, Paid(1, 1)), "pay-2");

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.DividendAlreadyPaid);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void A_year_outside_the_three_year_term_is_not_due(int year)
    {
        var act = () => RecordDividendPaid.Decide(Command with { TermYear = year }, WithMembers(1), "pay");

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.YearNotDue);
    }

    [Fact]
    public void A_year_that_ended_before_the_household_joined_is_not_due()
    {
        var late = new Fupin.EventSourced.Domain.EquitySchemes.Enrolling.HouseholdEnrolled(SchemeId, HouseholdId(1), Village, new DateOnly(2024, 2, 1), 10_000m);

        var act = () => RecordDividendPaid.Decide(Command, Scheme(late), "pay");

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.YearNotDue);
    }

    [Theory]
    [InlineData("999.99")]
    [InlineData("1000.01")]
    [InlineData("2000")]
    public void An_amount_other_than_the_fixed_dividend_is_refused(string amount)
    {
        var act = () => RecordDividendPaid.Decide(Command with { Amount = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) }, WithMembers(1), "pay");

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.DividendAmount);
    }

    [Fact]
    public void A_dividend_cannot_be_paid_before_its_term_year_begins()
    {
        var act = () => RecordDividendPaid.Decide(Command with { TermYear = 2, PaidOn = new DateOnly(2023, 12, 31) }, WithMembers(1), "pay");

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.DateOutOfOrder);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1000")]
    [InlineData("1000.001")]
    public void An_amount_not_positive_or_finer_than_the_fen_is_invalid(string amount)
    {
        new RecordDividendPaidValidator().Validate(Command with { Amount = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) })
            .Errors.Should().ContainSingle().Which.PropertyName.Should().Be("Amount");
    }
}

public class RecordDividendMissedTests
{
    private static readonly RecordDividendMissed Command = new(HouseholdId(1), 1, new DateOnly(2023, 12, 31), " 合作社猪瘟损失,延期支付 ");

    [Fact]
    public void A_missed_dividend_is_recorded_with_its_reason()
    {
        RecordDividendMissed.Decide(Command, WithMembers(1)).Should().Be(Missed(1, 1));
    }

    [Fact]
    public void A_paid_dividend_cannot_be_recorded_missed()
    {
        var act = () => RecordDividendMissed.Decide(Command, WithMembers(1, Paid(1, 1)));

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.DividendAlreadyPaid);
    }

    [Fact]
    public void A_miss_is_recorded_once()
    {
        var act = () => RecordDividendMissed.Decide(Command, WithMembers(1, Missed(1, 1)));

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.DividendAlreadyMissed);
    }

    [Fact]
    public void A_dividend_cannot_be_missed_before_it_falls_due_on_the_year_s_last_day()
    {
        var act = () => RecordDividendMissed.Decide(Command with { On = new DateOnly(2023, 12, 30) }, WithMembers(1));

        act.Should().Throw<DomainException>().Which.Error.Should().Be(EquitySchemeErrors.DateOutOfOrder);
    }

    [Fact]
    public void A_member_who_left_is_owed_no_dividend_for_years_ending_after_the_exit()
    {
        var exited = new MemberExited(SchemeId, HouseholdId(1), new DateOnly(2025, 12, 31), ExitSettlementKind.Refund, 10_000m, null, null);
        var scheme = WithMembers(1, exited);

        scheme.IsDue(scheme.Members[0], 3).Should().BeTrue("the exit is on the term's last day, when year 3's dividend falls due");
        scheme.IsDue(scheme.Members[0], 4).Should().BeFalse();
    }

    [Fact]
    public void A_miss_without_a_reason_is_invalid()
    {
        new RecordDividendMissedValidator().Validate(Command with { Reason = " " }).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be("Reason");
    }
}
