using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.EndingAssignment;
using static Fupin.EventSourced.Domain.Tests.Envoys.Given;

namespace Fupin.EventSourced.Domain.Tests.Envoys;

public class EndAssignmentTests
{
    private static readonly Envoy WithATerm = RegisteredEnvoy(Assigned("a1", Day(2018, 6, 1), Day(2018, 12, 31)));

    [Fact]
    public void Given_a_running_assignment_when_ending_it_then_assignment_ended_on_that_day()
    {
        var ended = EndAssignment.Decide(new EndAssignment(Day(2018, 9, 30), " village merged "), "a1", WithATerm);

        ended.Should().Be(new AssignmentEnded(EnvoyId, "a1", HomeVillage, Day(2018, 9, 30), "village merged"));
    }

    [Fact]
    public void An_ended_assignment_serves_up_to_and_including_its_last_day()
    {
        var envoy = RegisteredEnvoy(Assigned("a1", Day(2018, 6, 1), Day(2018, 12, 31)), Ended("a1", Day(2018, 9, 30)));

        var assignment = envoy.FindAssignment("a1")!;
        (assignment.EndedOn, assignment.LastDay).Should().Be((Day(2018, 9, 30), Day(2018, 9, 30)));
        assignment.IsActiveOn(Day(2018, 9, 30)).Should().BeTrue();
        assignment.IsActiveOn(Day(2018, 10, 1)).Should().BeFalse();
    }

    [Fact]
    public void Ending_an_assignment_the_envoy_does_not_have_is_refused_as_not_found()
    {
        Decide(WithATerm, "a2", new EndAssignment(Day(2018, 9, 30), "typo"))
            .Should().Throw<DomainException>().Which.Error.Should().Be(EnvoyErrors.AssignmentNotFound);
    }

    [Fact]
    public void Ending_an_ended_assignment_is_refused_as_already_ended()
    {
        var envoy = RegisteredEnvoy(Assigned("a1", Day(2018, 6, 1)), Ended("a1", Day(2018, 9, 30)));

        Decide(envoy, "a1", new EndAssignment(Day(2018, 10, 31), "again"))
            .Should().Throw<DomainException>().Which.Error.Should().Be(EnvoyErrors.AssignmentAlreadyEnded);
    }

    [Fact]
    public void An_assignment_ended_by_the_envoys_withdrawal_cannot_be_ended_again()
    {
        var envoy = RegisteredEnvoy(Assigned("a1", Day(2018, 6, 1)), Ended("a1", Day(2019, 6, 30)), Withdrawn(Day(2019, 6, 30)));

        Decide(envoy, "a1", new EndAssignment(Day(2019, 6, 1), "again"))
            .Should().Throw<DomainException>().Which.Error.Should().Be(EnvoyErrors.AssignmentAlreadyEnded);
    }

    [Fact]
    public void An_assignment_cannot_end_before_its_first_day()
    {
        Decide(WithATerm, "a1", new EndAssignment(Day(2018, 5, 31), "early"))
            .Should().Throw<DomainException>().Which.Error.Should().Be(EnvoyErrors.AssignmentEndOutOfTerm);
    }

    [Fact]
    public void An_assignment_cannot_end_after_its_term()
    {
        Decide(WithATerm, "a1", new EndAssignment(Day(2019, 1, 1), "late"))
            .Should().Throw<DomainException>().Which.Error.Should().Be(EnvoyErrors.AssignmentEndOutOfTerm);
    }

    [Theory]
    [InlineData(2018, 6, 1)]
    [InlineData(2018, 12, 31)]
    public void An_assignment_may_end_on_its_first_or_its_last_day(int year, int month, int day)
    {
        Decide(WithATerm, "a1", new EndAssignment(new DateOnly(year, month, day), "on the bound")).Should().NotThrow();
    }

    [Fact]
    public void An_open_ended_assignment_may_end_on_any_day_from_its_first()
    {
        var envoy = RegisteredEnvoy(Assigned("a1", Day(2018, 6, 1)));

        Decide(envoy, "a1", new EndAssignment(Day(2030, 12, 31), "years later")).Should().NotThrow();
    }

    [Fact]
    public void A_well_formed_end_is_valid()
    {
        Validate(new EndAssignment(Day(2018, 9, 30), "village merged")).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData(1999, 12, 31)]
    [InlineData(2101, 1, 1)]
    public void An_end_date_outside_2000_to_2100_is_invalid(int year, int month, int day)
    {
        Validate(new EndAssignment(new DateOnly(year, month, day), "typo")).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(EndAssignment.On));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u3000 ")]
    [InlineData("merged\u0085")]
    [InlineData(null)]
    public void An_end_needs_a_printable_reason(string? reason)
    {
        Validate(new EndAssignment(Day(2018, 9, 30), reason!)).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(EndAssignment.Reason));
    }

    [Fact]
    public void An_end_reason_longer_than_the_limit_is_invalid()
    {
        Validate(new EndAssignment(Day(2018, 9, 30), new string('因', EnvoyRules.MaxReasonLength + 1))).Errors.Should()
            .ContainSingle().Which.PropertyName.Should().Be(nameof(EndAssignment.Reason));
    }

    private static Func<AssignmentEnded> Decide(Envoy envoy, string assignmentId, EndAssignment command) =>
        () => EndAssignment.Decide(command, assignmentId, envoy);

    private static FluentValidation.Results.ValidationResult Validate(EndAssignment command) =>
        new EndAssignmentValidator().Validate(command);
}
