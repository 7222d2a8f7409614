using FluentValidation;
using Fupin.EventSourced.Domain.Envoys.EndingAssignment;

namespace Fupin.EventSourced.Domain.Envoys.Withdrawing;

/// <summary>Withdraw an envoy from the programme. Every assignment still running ends on the same day, in the same transaction.</summary>
/// <param name="On">The envoy's last day of service (business date).</param>
/// <param name="Reason">Why, e.g. <c>retired</c>.</param>
public sealed record WithdrawEnvoy(DateOnly On, string Reason)
{
    public static IReadOnlyList<object> Decide(WithdrawEnvoy command, Envoy envoy)
    {
        if (envoy.WithdrawnOn is { } withdrawn)
        {
            throw EnvoyErrors.AlreadyWithdrawn.Because($"Envoy {envoy.Id} was already withdrawn on {withdrawn:yyyy-MM-dd}.");
        }

        if (command.On < envoy.SelectedOn)
        {
            throw EnvoyErrors.DateBeforeSelection.Because(
                $"Envoy {envoy.Id} was selected on {envoy.SelectedOn:yyyy-MM-dd}; they cannot be withdrawn before that.");
        }

        // Every assignment that would still serve after the last day ends on it: those running on, and those
        // due to start later (their end before their start records that they never served).
        var reason = command.Reason.Trim();
        return
        [
            .. envoy.Assignments
                .Where(a => a.EndedOn is null && (a.Until is not { } until || until > command.On))
                .Select(a => new AssignmentEnded(envoy.Id, a.Id, a.VillageCode, command.On, $"envoy withdrawn: {reason}")),
            new EnvoyWithdrawn(envoy.Id, command.On, reason),
        ];
    }
}

/// <summary>An envoy left the programme; <paramref name="On"/> was their last day of service.</summary>
public sealed record EnvoyWithdrawn(string EnvoyId, DateOnly On, string Reason) : IEventOf<Envoy>;

public sealed class WithdrawEnvoyValidator : AbstractValidator<WithdrawEnvoy>
{
    public WithdrawEnvoyValidator()
    {
        RuleFor(x => x.On).MustBeBusinessDate();
        RuleFor(x => x.Reason).MustBeText(EnvoyRules.MaxReasonLength);
    }
}
