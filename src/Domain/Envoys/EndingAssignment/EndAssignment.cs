using FluentValidation;

namespace Fupin.EventSourced.Domain.Envoys.EndingAssignment;

/// <summary>End an envoy's assignment to a village before its term (or, for an open-ended one, at all).</summary>
/// <param name="On">The last day of service (business date).</param>
/// <param name="Reason">Why, e.g. <c>village merged</c>.</param>
public sealed record EndAssignment(DateOnly On, string Reason)
{
    public static AssignmentEnded Decide(EndAssignment command, string assignmentId, Envoy envoy)
    {
        var assignment = envoy.FindAssignment(assignmentId)
                         ?? throw EnvoyErrors.AssignmentNotFound.Because($"Envoy {envoy.Id} has no assignment {assignmentId}.");
        if (assignment.EndedOn is { } ended)
        {
            throw EnvoyErrors.AssignmentAlreadyEnded.Because($"Assignment {assignmentId} already ended on {ended:yyyy-MM-dd}.");
        }

        if (command.On < assignment.From || command.On > assignment.Until)
        {
            throw EnvoyErrors.AssignmentEndOutOfTerm.Because(
                $"Assignment {assignmentId} runs from {assignment.From:yyyy-MM-dd}" +
                (assignment.Until is { } until ? $" until {until:yyyy-MM-dd}" : "") + $"; it cannot end on {command.On:yyyy-MM-dd}.");
        }

        return new AssignmentEnded(envoy.Id, assignmentId, assignment.VillageCode, command.On, command.Reason.Trim());
    }
}

/// <summary>An assignment ended; <paramref name="On"/> was its last day of service.</summary>
public sealed record AssignmentEnded(string EnvoyId, string AssignmentId, string VillageCode, DateOnly On, string Reason) : IEventOf<Envoy>;

public sealed class EndAssignmentValidator : AbstractValidator<EndAssignment>
{
    public EndAssignmentValidator()
    {
        RuleFor(x => x.On).MustBeBusinessDate();
        RuleFor(x => x.Reason).MustBeText(EnvoyRules.MaxReasonLength);
    }
}
