namespace Fupin.EventSourced.Domain.Experts;

/// <summary>How the expert registry and its professional groups refuse commands and reads.</summary>
public static class ExpertErrors
{
    public static readonly DomainError NotFound = new("expert.not-found", RefusalKind.NotFound, "Expert not found");

    public static readonly DomainError DetailsUnchanged =
        new("expert.details-unchanged", RefusalKind.RuleViolation, "Expert details unchanged");

    public static readonly DomainError AlreadyInGroup =
        new("expert.already-in-group", RefusalKind.Conflict, "Expert already in a professional group");

    public static readonly DomainError NotInGroup =
        new("expert.not-in-group", RefusalKind.RuleViolation, "Expert not in this professional group");

    public static readonly DomainError OutsideGroupDivision =
        new("expert.outside-group-division", RefusalKind.RuleViolation, "Expert outside the group's division");

    public static readonly DomainError DateOutOfOrder =
        new("expert.date-out-of-order", RefusalKind.RuleViolation, "Date before the expert's registration or group membership");

    public static readonly DomainError GroupNotFound =
        new("group.not-found", RefusalKind.NotFound, "Professional group not found");

    public static readonly DomainError LeaderCannotLeave =
        new("group.leader-cannot-leave", RefusalKind.RuleViolation, "The group's leader cannot leave it");
}
