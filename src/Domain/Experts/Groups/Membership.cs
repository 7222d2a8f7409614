using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;

namespace Fupin.EventSourced.Domain.Experts.Groups;

/// <summary>Add an expert of the registry to a professional group from a business date.</summary>
/// <param name="ExpertId">The expert; in no other group.</param>
/// <param name="On">First day in the group.</param>
public sealed record AddExpertToGroup(string ExpertId, DateOnly On)
{
    public static ExpertJoinedGroup Decide(AddExpertToGroup command, ProfessionalGroup group, Expert expert) =>
        Membership.Join(group, expert, command.On);
}

/// <summary>Take an expert out of their professional group; the leader cannot leave the group they lead.</summary>
/// <param name="On">Last day in the group.</param>
/// <param name="Reason">Why, e.g. <c>moved to the grain group</c>; kept for auditors.</param>
public sealed record RemoveExpertFromGroup(DateOnly On, string Reason)
{
    public static ExpertLeftGroup Decide(RemoveExpertFromGroup command, ProfessionalGroup group, Expert expert)
    {
        if (expert.GroupId != group.Id)
        {
            throw ExpertErrors.NotInGroup.Because($"Expert {expert.Id} is not a member of professional group {group.Id}.");
        }

        if (group.LeaderExpertId == expert.Id)
        {
            throw ExpertErrors.LeaderCannotLeave.Because($"Expert {expert.Id} leads professional group {group.Id}.");
        }

        if (command.On < expert.JoinedGroupOn)
        {
            throw ExpertErrors.DateOutOfOrder.Because(
                $"Expert {expert.Id} joined the group on {expert.JoinedGroupOn:yyyy-MM-dd}; they cannot leave it before that.");
        }

        return new ExpertLeftGroup(expert.Id, group.Id, command.On, command.Reason.Trim());
    }
}

/// <summary>The rules of joining a group, shared by forming one (its leader joins) and adding a member.</summary>
public static class Membership
{
    public static ExpertJoinedGroup Join(ProfessionalGroup group, Expert expert, DateOnly on)
    {
        if (expert.GroupId is { } current)
        {
            throw ExpertErrors.AlreadyInGroup.Because($"Expert {expert.Id} is already a member of professional group {current}.");
        }

        if (!group.Covers(expert.DivisionCode))
        {
            throw ExpertErrors.OutsideGroupDivision.Because(
                $"Expert {expert.Id} is kept by division {expert.DivisionCode}, outside the group's division {group.DivisionCode}.");
        }

        if (on < expert.RegisteredOn || (expert.LeftGroupOn is { } left && on <= left) || on < group.FormedOn)
        {
            throw ExpertErrors.DateOutOfOrder.Because(
                $"Expert {expert.Id} was registered on {expert.RegisteredOn:yyyy-MM-dd}" +
                (expert.LeftGroupOn is { } last ? $" and last left a group on {last:yyyy-MM-dd}" : "") +
                $"; the group was formed on {group.FormedOn:yyyy-MM-dd}. Membership cannot start on {on:yyyy-MM-dd}.");
        }

        return new ExpertJoinedGroup(expert.Id, group.Id, on);
    }
}

/// <summary>An expert joined a professional group on <paramref name="On"/>.</summary>
public sealed record ExpertJoinedGroup(string ExpertId, string GroupId, DateOnly On) : IEventOf<Expert>;

/// <summary>An expert left a professional group; <paramref name="On"/> was their last day in it.</summary>
public sealed record ExpertLeftGroup(string ExpertId, string GroupId, DateOnly On, string Reason) : IEventOf<Expert>;

public sealed class AddExpertToGroupValidator : AbstractValidator<AddExpertToGroup>
{
    public AddExpertToGroupValidator()
    {
        RuleFor(x => x.ExpertId).MustBeText(ExpertRules.MaxIdLength);
        RuleFor(x => x.On).MustBeBusinessDate();
    }
}

public sealed class RemoveExpertFromGroupValidator : AbstractValidator<RemoveExpertFromGroup>
{
    public RemoveExpertFromGroupValidator()
    {
        RuleFor(x => x.On).MustBeBusinessDate();
        RuleFor(x => x.Reason).MustBeText(ExpertRules.MaxReasonLength);
    }
}
