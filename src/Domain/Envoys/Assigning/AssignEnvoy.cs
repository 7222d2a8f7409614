using FluentValidation;
using Fupin.EventSourced.Domain.Villages;

namespace Fupin.EventSourced.Domain.Envoys.Assigning;

/// <summary>
/// Pair an envoy with a registered key village (结对) from a business date, optionally until one. An envoy may
/// serve several villages and a village have several envoys, but the same pair cannot overlap itself.
/// </summary>
/// <param name="VillageCode">The key village's 12-digit code.</param>
/// <param name="From">First day of service, e.g. <c>2018-06-01</c>. Counts for that year however late it is recorded.</param>
/// <param name="Until">Last day of service, if the pairing is for a term.</param>
public sealed record AssignEnvoy(string VillageCode, DateOnly From, DateOnly? Until = null)
{
    public static EnvoyAssigned Decide(AssignEnvoy command, string assignmentId, Envoy envoy, Village village)
    {
        if (envoy.WithdrawnOn is { } withdrawn)
        {
            throw EnvoyErrors.Withdrawn.Because($"Envoy {envoy.Id} was withdrawn on {withdrawn:yyyy-MM-dd} and cannot be assigned.");
        }

        if (command.From < envoy.SelectedOn)
        {
            throw EnvoyErrors.DateBeforeSelection.Because(
                $"Envoy {envoy.Id} was selected on {envoy.SelectedOn:yyyy-MM-dd}; an assignment cannot start before that.");
        }

        if (envoy.Assignments.FirstOrDefault(a => a.VillageCode == village.Id && a.Overlaps(command.From, command.Until)) is { } overlapping)
        {
            throw EnvoyErrors.AssignmentOverlaps.Because(
                $"Envoy {envoy.Id} already serves village {village.Id} from {overlapping.From:yyyy-MM-dd}" +
                (overlapping.LastDay is { } last ? $" to {last:yyyy-MM-dd}" : "") + " (assignment " + overlapping.Id + ").");
        }

        return new EnvoyAssigned(envoy.Id, assignmentId, village.Id, command.From, command.Until);
    }
}

/// <summary>An envoy was paired with a key village from <paramref name="From"/> (and until <paramref name="Until"/>, if set).</summary>
public sealed record EnvoyAssigned(string EnvoyId, string AssignmentId, string VillageCode, DateOnly From, DateOnly? Until) : IEventOf<Envoy>;

public sealed class AssignEnvoyValidator : AbstractValidator<AssignEnvoy>
{
    public AssignEnvoyValidator()
    {
        RuleFor(x => x.VillageCode).MustBeVillageCode();
        RuleFor(x => x.From).MustBeBusinessDate();
        RuleFor(x => x.Until!.Value).MustBeBusinessDate().GreaterThanOrEqualTo(x => x.From)
            .WithMessage("'Until' must not be before 'From'.")
            .When(x => x.Until is not null).OverridePropertyName(nameof(AssignEnvoy.Until));
    }
}
