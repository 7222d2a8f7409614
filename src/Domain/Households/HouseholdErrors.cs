namespace Fupin.EventSourced.Domain.Households;

/// <summary>How the household register refuses commands and reads.</summary>
public static class HouseholdErrors
{
    public static readonly DomainError NotFound = new("household.not-found", RefusalKind.NotFound, "Household not found");

    public static readonly DomainError AlreadyRegistered =
        new("household.already-registered", RefusalKind.Conflict, "Head of household already registered");

    public static readonly DomainError StepNotAllowed =
        new("household.step-not-allowed", RefusalKind.RuleViolation, "Step not allowed in the current state");

    public static readonly DomainError NoticeTooShort =
        new("household.notice-too-short", RefusalKind.RuleViolation, "Public notice shorter than the minimum");

    public static readonly DomainError DateOutOfOrder =
        new("household.date-out-of-order", RefusalKind.RuleViolation, "Date before the previous step");

    public static readonly DomainError PersonNotFound =
        new("household.person-not-found", RefusalKind.NotFound, "Person not found in the household");

    public static readonly DomainError PersonAlreadyErased =
        new("household.person-already-erased", RefusalKind.Conflict, "Person's data already erased");

    public static readonly DomainError HelperEnvoyWithdrawn =
        new("household.helper-withdrawn", RefusalKind.RuleViolation, "Helper envoy withdrawn");
}
