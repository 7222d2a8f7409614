using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;

namespace Fupin.EventSourced.Domain.Households.Helping;

/// <summary>
/// Make someone the household's responsible helper (帮扶责任人) from a business date: an envoy of the register
/// (give <paramref name="EnvoyId"/>), or another person (give name, unit and phone). The new helper replaces the
/// previous one.
/// </summary>
/// <param name="From">First day of responsibility.</param>
/// <param name="Until">Last day, if for a term.</param>
/// <param name="EnvoyId">An envoy of the register who takes the household on.</param>
/// <param name="Name">The helper's name, when not an envoy.</param>
/// <param name="Unit">The helper's work unit, when not an envoy.</param>
/// <param name="Phone">The helper's mobile number, when not an envoy.</param>
public sealed record AssignResponsibleHelper(
    DateOnly From,
    DateOnly? Until = null,
    string? EnvoyId = null,
    string? Name = null,
    string? Unit = null,
    string? Phone = null)
{
    public static ResponsibleHelperAssigned Decide(AssignResponsibleHelper command, Household household, Envoy? envoy)
    {
        if (envoy is { WithdrawnOn: { } withdrawn } && withdrawn < (command.Until ?? DateOnly.MaxValue))
        {
            throw HouseholdErrors.HelperEnvoyWithdrawn.Because($"Envoy {envoy.Id} was withdrawn on {withdrawn:yyyy-MM-dd}.");
        }

        return envoy is null
            ? new ResponsibleHelperAssigned(household.Id, null, command.Name!.Trim(), command.Unit!.Trim(), command.Phone!, command.From, command.Until)
            : new ResponsibleHelperAssigned(household.Id, envoy.Id, envoy.Name, envoy.Organisation, envoy.Phone, command.From, command.Until);
    }
}

/// <summary>The household's responsible helper from <paramref name="From"/>.</summary>
public sealed record ResponsibleHelperAssigned(
    string HouseholdId,
    string? EnvoyId,
    string Name,
    string Unit,
    string Phone,
    DateOnly From,
    DateOnly? Until) : IEventOf<Household>;

public sealed class AssignResponsibleHelperValidator : AbstractValidator<AssignResponsibleHelper>
{
    public AssignResponsibleHelperValidator()
    {
        RuleFor(x => x.From).InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31));
        RuleFor(x => x.Until!.Value).GreaterThanOrEqualTo(x => x.From).When(x => x.Until is not null)
            .OverridePropertyName(nameof(AssignResponsibleHelper.Until)).WithMessage("'Until' must not be before 'From'.");
        When(x => x.EnvoyId is null, () =>
        {
            RuleFor(x => x.Name!).MustBeText(HouseholdRules.MaxNameLength);
            RuleFor(x => x.Unit!).MustBeText(HouseholdRules.MaxTextLength);
            RuleFor(x => x.Phone!).Must(PhoneNumbers.IsMainlandMobile).WithMessage("'{PropertyName}' must be an 11-digit mainland mobile number.");
        });
        When(x => x.EnvoyId is not null, () =>
        {
            RuleFor(x => x.EnvoyId!).MustBeText(64);
            RuleFor(x => x.Name).Null().WithMessage("Give either an envoy or a name, unit and phone, not both.");
            RuleFor(x => x.Unit).Null().WithMessage("Give either an envoy or a name, unit and phone, not both.");
            RuleFor(x => x.Phone).Null().WithMessage("Give either an envoy or a name, unit and phone, not both.");
        });
    }
}
