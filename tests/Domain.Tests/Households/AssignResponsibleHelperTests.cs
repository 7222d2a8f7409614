using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Helping;
using static Fupin.EventSourced.Domain.Tests.Households.Given;

namespace Fupin.EventSourced.Domain.Tests.Households;

public class AssignResponsibleHelperTests
{
    private static readonly DateOnly From = Day(2019, 1, 1);

    [Fact]
    public void Given_a_named_person_when_assigning_then_their_trimmed_name_unit_and_phone_are_recorded()
    {
        var assigned = AssignResponsibleHelper.Decide(
            new AssignResponsibleHelper(From, Day(2020, 12, 31), Name: " 王帮扶 ", Unit: " 淄川区农业农村局 ", Phone: "13712345678"),
            RegisteredHousehold(), envoy: null);

        assigned.Should().Be(new ResponsibleHelperAssigned(HouseholdId, null, "王帮扶", "淄川区农业农村局", "13712345678", From, Day(2020, 12, 31)));
    }

    [Fact]
    public void Given_an_envoy_when_assigning_then_the_envoys_name_organisation_and_phone_are_copied()
    {
        var envoy = RegisteredEnvoy();

        var assigned = AssignResponsibleHelper.Decide(new AssignResponsibleHelper(From, EnvoyId: envoy.Id), RegisteredHousehold(), envoy);

        assigned.Should().Be(new ResponsibleHelperAssigned(HouseholdId, envoy.Id, "王建国", "淄博市农业科学研究院", "13812341234", From, null));
    }

    [Fact]
    public void Given_a_withdrawn_envoy_when_assigning_open_ended_then_refused_as_withdrawn()
    {
        var assign = () => AssignResponsibleHelper.Decide(new AssignResponsibleHelper(From, EnvoyId: "e"), RegisteredHousehold(),
            RegisteredEnvoy(withdrawnOn: Day(2020, 6, 30)));

        assign.Should().Throw<DomainException>().Where(e => e.Error == HouseholdErrors.HelperEnvoyWithdrawn).WithMessage("*2020-06-30*");
    }

    [Fact]
    public void Given_an_envoy_withdrawn_before_the_term_ends_when_assigning_then_refused_as_withdrawn()
    {
        var assign = () => AssignResponsibleHelper.Decide(new AssignResponsibleHelper(From, Day(2020, 12, 31), EnvoyId: "e"),
            RegisteredHousehold(), RegisteredEnvoy(withdrawnOn: Day(2020, 6, 30)));

        assign.Should().Throw<DomainException>().Which.Error.Should().Be(HouseholdErrors.HelperEnvoyWithdrawn);
    }

    [Fact]
    public void An_envoy_withdrawn_on_the_last_day_of_the_term_may_serve_that_term()
    {
        var assign = () => AssignResponsibleHelper.Decide(new AssignResponsibleHelper(From, Day(2020, 6, 30), EnvoyId: "e"),
            RegisteredHousehold(), RegisteredEnvoy(withdrawnOn: Day(2020, 6, 30)));

        assign.Should().NotThrow();
    }

    [Fact]
    public void A_new_helper_replaces_the_previous_one()
    {
        var household = RegisteredHousehold(HelperAssigned(From));
        var envoy = RegisteredEnvoy();

        household = Household.Evolve(household,
            AssignResponsibleHelper.Decide(new AssignResponsibleHelper(Day(2020, 1, 1), EnvoyId: envoy.Id), household, envoy));

        household.Helper.Should().Be(new ResponsibleHelper(envoy.Id, "王建国", "淄博市农业科学研究院", "13812341234", Day(2020, 1, 1), null));
    }

    [Fact]
    public void A_named_helper_is_valid()
    {
        Validate(new AssignResponsibleHelper(From, Name: "王帮扶", Unit: "淄川区农业农村局", Phone: "13712345678")).IsValid.Should().BeTrue();
    }

    [Fact]
    public void An_envoy_alone_is_valid()
    {
        Validate(new AssignResponsibleHelper(From, EnvoyId: "0196f1c2-7a00-7000-8000-0000000000e1")).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Neither_an_envoy_nor_a_name_unit_and_phone_is_invalid_naming_each_missing_field()
    {
        Validate(new AssignResponsibleHelper(From)).Errors.Select(e => e.PropertyName).Should().BeEquivalentTo(
            nameof(AssignResponsibleHelper.Name), nameof(AssignResponsibleHelper.Unit), nameof(AssignResponsibleHelper.Phone));
    }

    [Fact]
    public void An_envoy_and_a_name_unit_and_phone_together_are_invalid()
    {
        var result = Validate(new AssignResponsibleHelper(From, EnvoyId: "e", Name: "王帮扶", Unit: "淄川区农业农村局", Phone: "13712345678"));

        result.Errors.Select(e => e.PropertyName).Should().BeEquivalentTo(
            nameof(AssignResponsibleHelper.Name), nameof(AssignResponsibleHelper.Unit), nameof(AssignResponsibleHelper.Phone));
        result.Errors.Should().OnlyContain(e => e.ErrorMessage.Contains("either an envoy", StringComparison.Ordinal));
    }

    [Fact]
    public void A_named_helpers_phone_must_be_a_mainland_mobile()
    {
        Validate(new AssignResponsibleHelper(From, Name: "王帮扶", Unit: "淄川区农业农村局", Phone: "0533-1234567")).Errors
            .Should().ContainSingle().Which.PropertyName.Should().Be(nameof(AssignResponsibleHelper.Phone));
    }

    [Fact]
    public void A_term_that_ends_before_it_starts_is_invalid()
    {
        Validate(new AssignResponsibleHelper(From, From.AddDays(-1), EnvoyId: "e")).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(AssignResponsibleHelper.Until));
    }

    private static FluentValidation.Results.ValidationResult Validate(AssignResponsibleHelper command) =>
        new AssignResponsibleHelperValidator().Validate(command);
}
