using FluentValidation;
using Fupin.EventSourced.Domain.Envoys.EndingAssignment;

namespace Fupin.EventSourced.Domain.Envoys.Withdrawing;

/// <summary>Withdraw an envoy from the programme. Every assignment still running ends on the same day, in the same transaction.</summary>
/// <param name="On">The envoy's last day of service (business date).</param>
/// <param name="Reason">Why, e.g. <c>retired</c>.</param>
public sealed record WithdrawEnvoy(DateOnly On, string Reason)
{
    public static IEnumerable<object> Decide(WithdrawEnvoy command, Envoy envoy)
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

        var reason = command.Reason.Trim();
        foreach (var assignment in envoy.Assignments.Where(a => a.IsOngoingOn(command.On) || (a.EndedOn is null && a.From > command.On)))
        {
            yield return new AssignmentEnded(envoy.Id, assignment.Id, assignment.VillageCode, command.On, $"envoy withdrawn: {reason}");
        }

        yield return new EnvoyWithdrawn(envoy.Id, command.On, reason);
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
