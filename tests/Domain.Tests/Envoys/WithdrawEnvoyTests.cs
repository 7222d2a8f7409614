using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.EndingAssignment;
using Fupin.EventSourced.Domain.Envoys.Withdrawing;
using static Fupin.EventSourced.Domain.Tests.Envoys.Given;

namespace Fupin.EventSourced.Domain.Tests.Envoys;

public class WithdrawEnvoyTests
{
    private static readonly DateOnly On = Day(2019, 6, 30);

    [Fact]
    public void Given_an_envoy_without_assignments_when_withdrawing_then_envoy_withdrawn_alone()
    {
        var events = WithdrawEnvoy.Decide(new WithdrawEnvoy(On, " retired "), RegisteredEnvoy()).ToList();

        events.Should().Equal(new EnvoyWithdrawn(EnvoyId, On, "retired"));
    }

    [Fact]
    public void Withdrawal_ends_every_running_assignment_in_the_same_decision_before_the_envoy_is_withdrawn()
    {
        var envoy = RegisteredEnvoy(
            Assigned("open", Day(2018, 6, 1)),
            Assigned("term", Day(2018, 6, 1), Day(2020, 12, 31), OtherVillage),
            Assigned("future", Day(2019, 9, 1), village: "370302101003"));

        var events = WithdrawEnvoy.Decide(new WithdrawEnvoy(On, "retired"), envoy).ToList();

        events.Should().Equal(
            new AssignmentEnded(EnvoyId, "open", HomeVillage, On, "envoy withdrawn: retired"),
            new AssignmentEnded(EnvoyId, "term", OtherVillage, On, "envoy withdrawn: retired"),
            new AssignmentEnded(EnvoyId, "future", "370302101003", On, "envoy withdrawn: retired"),
            new EnvoyWithdrawn(EnvoyId, On, "retired"));
    }

    [Fact]
    public void Withdrawal_leaves_already_ended_and_lapsed_assignments_as_they_were()
    {
        var envoy = RegisteredEnvoy(
            Assigned("ended", Day(2018, 6, 1)), Ended("ended", Day(2018, 9, 30)),
            Assigned("lapsed", Day(2018, 6, 1), Day(2018, 12, 31), OtherVillage),
            Assigned("lapsed-yesterday", Day(2019, 1, 1), On.AddDays(-1), "370302101003"));

        var events = WithdrawEnvoy.Decide(new WithdrawEnvoy(On, "retired"), envoy).ToList();

        events.Should().Equal(new EnvoyWithdrawn(EnvoyId, On, "retired"));
    }

    [Fact]
    public void After_the_withdrawal_no_assignment_of_the_envoy_serves_a_day_later()
    {
        var envoy = RegisteredEnvoy(
            Assigned("open", Day(2018, 6, 1)),
            Assigned("term", Day(2018, 6, 1), Day(2020, 12, 31), OtherVillage),
            Assigned("future", Day(2019, 9, 1), village: "370302101003"));

        var withdrawn = WithdrawEnvoy.Decide(new WithdrawEnvoy(On, "retired"), envoy).Aggregate(envoy, Envoy.Evolve);

        withdrawn.WithdrawnOn.Should().Be(On);
        withdrawn.IsWithdrawn.Should().BeTrue();
        withdrawn.Assignments.Should().OnlyContain(a => a.LastDay <= On && !a.IsActiveOn(On.AddDays(1)));
        withdrawn.FindAssignment("open")!.IsActiveOn(On).Should().BeTrue();
        withdrawn.FindAssignment("future")!.IsActiveOn(Day(2019, 9, 1)).Should().BeFalse();
    }

    [Fact]
    public void An_assignment_whose_term_ends_on_the_withdrawal_day_runs_out_by_itself()
    {
        var envoy = RegisteredEnvoy(Assigned("term", Day(2018, 6, 1), On));

        var events = WithdrawEnvoy.Decide(new WithdrawEnvoy(On, "retired"), envoy);

        events.Should().Equal(new EnvoyWithdrawn(EnvoyId, On, "retired"));
    }

    [Fact]
    public void Given_a_withdrawn_envoy_when_withdrawing_again_then_refused_as_already_withdrawn()
    {
        var withdrawn = RegisteredEnvoy(Withdrawn(On));

        Decide(withdrawn, new WithdrawEnvoy(On.AddDays(1), "again"))
            .Should().Throw<DomainException>().Which.Error.Should().Be(EnvoyErrors.AlreadyWithdrawn);
    }

    [Fact]
    public void An_envoy_cannot_be_withdrawn_before_their_selection()
    {
        Decide(RegisteredEnvoy(), new WithdrawEnvoy(SelectedOn.AddDays(-1), "never served"))
            .Should().Throw<DomainException>().Which.Error.Should().Be(EnvoyErrors.DateBeforeSelection);
    }

    [Fact]
    public void An_envoy_may_be_withdrawn_on_the_day_of_their_selection()
    {
        Decide(RegisteredEnvoy(), new WithdrawEnvoy(SelectedOn, "declined")).Should().NotThrow();
    }

    [Fact]
    public void A_well_formed_withdrawal_is_valid()
    {
        Validate(new WithdrawEnvoy(On, "retired")).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData(1999, 12, 31)]
    [InlineData(2101, 1, 1)]
    public void A_withdrawal_date_outside_2000_to_2100_is_invalid(int year, int month, int day)
    {
        Validate(new WithdrawEnvoy(new DateOnly(year, month, day), "retired")).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(WithdrawEnvoy.On));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("re\u2028tired")]
    [InlineData(null)]
    public void A_withdrawal_needs_a_printable_reason(string? reason)
    {
        Validate(new WithdrawEnvoy(On, reason!)).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(WithdrawEnvoy.Reason));
    }

    [Fact]
    public void A_withdrawal_reason_longer_than_the_limit_is_invalid()
    {
        Validate(new WithdrawEnvoy(On, new string('因', EnvoyRules.MaxReasonLength + 1))).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(WithdrawEnvoy.Reason));
    }

    // The decision yields its events lazily: a refusal surfaces when they are enumerated, as the command door does.
    private static Func<List<object>> Decide(Envoy envoy, WithdrawEnvoy command) =>
        () => WithdrawEnvoy.Decide(command, envoy).ToList();

    private static FluentValidation.Results.ValidationResult Validate(WithdrawEnvoy command) =>
        new WithdrawEnvoyValidator().Validate(command);
}
