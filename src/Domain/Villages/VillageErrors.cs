namespace Fupin.EventSourced.Domain.Villages;

/// <summary>How the village register refuses commands and reads.</summary>
public static class VillageErrors
{
    public static readonly DomainError NotFound = new("village.not-found", RefusalKind.NotFound, "Village not found");

    public static readonly DomainError AlreadyRegistered =
        new("village.already-registered", RefusalKind.Conflict, "Village already registered");

    public static readonly DomainError NameUnchanged =
        new("village.name-unchanged", RefusalKind.RuleViolation, "Village name unchanged");

    public static readonly DomainError CountyHasNoVillages =
        new("county.not-found", RefusalKind.NotFound, "County has no registered villages");
}
