using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.Assigning;
using static Fupin.EventSourced.Domain.Tests.Envoys.Given;

namespace Fupin.EventSourced.Domain.Tests.Envoys;

public class AssignEnvoyTests
{
    private const string NewId = "a-new";

    [Fact]
    public void Given_a_registered_envoy_when_assigning_a_village_then_envoy_assigned_under_the_new_id()
    {
        var assigned = AssignEnvoy.Decide(new AssignEnvoy(HomeVillage, Day(2018, 6, 1), Day(2020, 12, 31)), NewId,
            RegisteredEnvoy(), RegisteredVillage());

        assigned.Should().Be(new EnvoyAssigned(EnvoyId, NewId, HomeVillage, Day(2018, 6, 1), Day(2020, 12, 31)));
    }

    [Fact]
    public void An_assigned_envoy_holds_the_assignment_running_from_its_first_day()
    {
        var envoy = RegisteredEnvoy(Assigned("a1", Day(2018, 6, 1)));

        envoy.Assignments.Should().Equal(new Assignment("a1", HomeVillage, Day(2018, 6, 1), Until: null, EndedOn: null));
        envoy.FindAssignment("a1")!.IsActiveOn(Day(2018, 6, 1)).Should().BeTrue();
    }

    [Fact]
    public void Given_a_withdrawn_envoy_when_assigning_then_refused_as_withdrawn()
    {
        var withdrawn = RegisteredEnvoy(Withdrawn(Day(2019, 12, 31)));

        Decide(withdrawn, new AssignEnvoy(HomeVillage, Day(2018, 6, 1)))
            .Should().Throw<DomainException>().Which.Error.Should().Be(EnvoyErrors.Withdrawn);
    }

    [Fact]
    public void An_assignment_cannot_start_before_the_envoys_selection()
    {
        Decide(RegisteredEnvoy(), new AssignEnvoy(HomeVillage, SelectedOn.AddDays(-1)))
            .Should().Throw<DomainException>().Which.Error.Should().Be(EnvoyErrors.DateBeforeSelection);
    }

    [Fact]
    public void An_assignment_may_start_on_the_day_of_the_selection()
    {
        Decide(RegisteredEnvoy(), new AssignEnvoy(HomeVillage, SelectedOn)).Should().NotThrow();
    }

    [Theory]
    [InlineData("2019-01-01", null)]
    [InlineData("2018-06-01", null)]
    [InlineData("2018-03-01", "2018-06-01")]
    [InlineData("2018-03-01", null)]
    [InlineData("2025-01-01", "2025-12-31")]
    public void Given_an_open_ended_assignment_the_same_pair_cannot_be_assigned_on_or_after_its_start(string from, string? until)
    {
        var envoy = RegisteredEnvoy(Assigned("a1", Day(2018, 6, 1)));

        Decide(envoy, new AssignEnvoy(HomeVillage, Day(from)!.Value, Day(until)))
            .Should().Throw<DomainException>().Which.Error.Should().Be(EnvoyErrors.AssignmentOverlaps);
    }

    [Fact]
    public void Given_an_open_ended_assignment_the_same_pair_may_be_assigned_for_a_term_that_ends_the_day_before_it()
    {
        var envoy = RegisteredEnvoy(Assigned("a1", Day(2018, 6, 1)));

        Decide(envoy, new AssignEnvoy(HomeVillage, Day(2018, 3, 1), Day(2018, 5, 31))).Should().NotThrow();
    }

    [Theory]
    [InlineData("2018-12-31", "2019-12-31")]
    [InlineData("2018-03-01", "2018-06-01")]
    [InlineData("2018-07-01", "2018-08-31")]
    [InlineData("2018-03-01", "2019-12-31")]
    [InlineData("2018-12-31", null)]
    public void Given_a_term_a_term_touching_or_crossing_it_overlaps(string from, string? until)
    {
        var envoy = RegisteredEnvoy(Assigned("a1", Day(2018, 6, 1), Day(2018, 12, 31)));

        Decide(envoy, new AssignEnvoy(HomeVillage, Day(from)!.Value, Day(until)))
            .Should().Throw<DomainException>().Which.Error.Should().Be(EnvoyErrors.AssignmentOverlaps);
    }

    [Theory]
    [InlineData("2019-01-01", "2019-12-31")]
    [InlineData("2019-01-01", null)]
    [InlineData("2018-03-01", "2018-05-31")]
    public void Given_a_term_a_term_on_other_days_does_not_overlap(string from, string? until)
    {
        var envoy = RegisteredEnvoy(Assigned("a1", Day(2018, 6, 1), Day(2018, 12, 31)));

        Decide(envoy, new AssignEnvoy(HomeVillage, Day(from)!.Value, Day(until)))
            .Should().NotThrow();
    }

    [Fact]
    public void After_an_early_end_the_pair_may_be_assigned_again_from_the_next_day()
    {
        var envoy = RegisteredEnvoy(Assigned("a1", Day(2018, 6, 1)), Ended("a1", Day(2018, 9, 30)));

        Decide(envoy, new AssignEnvoy(HomeVillage, Day(2018, 10, 1))).Should().NotThrow();
    }

    [Fact]
    public void After_an_early_end_the_pair_cannot_be_assigned_again_from_its_last_day()
    {
        var envoy = RegisteredEnvoy(Assigned("a1", Day(2018, 6, 1)), Ended("a1", Day(2018, 9, 30)));

        Decide(envoy, new AssignEnvoy(HomeVillage, Day(2018, 9, 30)))
            .Should().Throw<DomainException>().Which.Error.Should().Be(EnvoyErrors.AssignmentOverlaps);
    }

    [Fact]
    public void An_early_end_inside_a_term_frees_the_rest_of_the_term()
    {
        var envoy = RegisteredEnvoy(Assigned("a1", Day(2018, 6, 1), Day(2018, 12, 31)), Ended("a1", Day(2018, 8, 31)));

        Decide(envoy, new AssignEnvoy(HomeVillage, Day(2018, 9, 1), Day(2018, 12, 31))).Should().NotThrow();
    }

    [Fact]
    public void A_different_village_may_be_assigned_for_the_same_days()
    {
        var envoy = RegisteredEnvoy(Assigned("a1", Day(2018, 6, 1)));

        var assigned = AssignEnvoy.Decide(new AssignEnvoy(OtherVillage, Day(2018, 6, 1)), NewId, envoy, RegisteredVillage(OtherVillage));

        assigned.VillageCode.Should().Be(OtherVillage);
    }

    [Fact]
    public void An_overlap_names_the_assignment_it_collides_with()
    {
        var envoy = RegisteredEnvoy(Assigned("a1", Day(2018, 6, 1), Day(2018, 12, 31)));

        Decide(envoy, new AssignEnvoy(HomeVillage, Day(2018, 7, 1)))
            .Should().Throw<DomainException>().WithMessage("*2018-06-01 to 2018-12-31*a1*");
    }

    [Fact]
    public void A_well_formed_assignment_is_valid_with_or_without_a_term()
    {
        Validate(new AssignEnvoy(HomeVillage, Day(2018, 6, 1))).IsValid.Should().BeTrue();
        Validate(new AssignEnvoy(HomeVillage, Day(2018, 6, 1), Day(2018, 6, 1))).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("37030210100")]
    [InlineData("370302")]
    [InlineData("37030210100x")]
    [InlineData("")]
    public void A_village_code_that_is_not_12_digits_is_invalid(string code)
    {
        Validate(new AssignEnvoy(code, Day(2018, 6, 1))).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(AssignEnvoy.VillageCode));
    }

    [Fact]
    public void Until_before_from_is_invalid()
    {
        Validate(new AssignEnvoy(HomeVillage, Day(2018, 6, 1), Day(2018, 5, 31))).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(AssignEnvoy.Until));
    }

    [Theory]
    [InlineData(1999, 12, 31)]
    [InlineData(2101, 1, 1)]
    public void A_start_outside_2000_to_2100_is_invalid(int year, int month, int day)
    {
        Validate(new AssignEnvoy(HomeVillage, new DateOnly(year, month, day))).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(AssignEnvoy.From));
    }

    [Fact]
    public void An_end_of_term_after_2100_is_invalid()
    {
        Validate(new AssignEnvoy(HomeVillage, Day(2018, 6, 1), Day(2101, 1, 1))).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(AssignEnvoy.Until));
    }

    private static Func<EnvoyAssigned> Decide(Envoy envoy, AssignEnvoy command) =>
        () => AssignEnvoy.Decide(command, NewId, envoy, RegisteredVillage(command.VillageCode));

    private static FluentValidation.Results.ValidationResult Validate(AssignEnvoy command) =>
        new AssignEnvoyValidator().Validate(command);
}
