namespace Fupin.EventSourced.Domain.Demands;

/// <summary>How the demand registry, its matching, agreements and closing refuse commands and reads.</summary>
public static class DemandErrors
{
    public static readonly DomainError NotFound = new("demand.not-found", RefusalKind.NotFound, "Demand not found");

    public static readonly DomainError HouseholdNotInVillage =
        new("demand.household-not-in-village", RefusalKind.RuleViolation, "Household not in the demand's village");

    public static readonly DomainError Closed = new("demand.closed", RefusalKind.RuleViolation, "Demand closed");

    public static readonly DomainError AlreadyMatched =
        new("demand.already-matched", RefusalKind.Conflict, "Demand already matched to this expert or technology");

    public static readonly DomainError NotMatched = new("demand.not-matched", RefusalKind.RuleViolation, "Demand not matched");

    public static readonly DomainError ExpertNotMatched =
        new("demand.expert-not-matched", RefusalKind.RuleViolation, "Responsible expert not matched to the demand");

    public static readonly DomainError AgreementAlreadySigned =
        new("demand.agreement-already-signed", RefusalKind.Conflict, "Agreement already signed");

    public static readonly DomainError AlreadyClosed = new("demand.already-closed", RefusalKind.Conflict, "Demand already closed");

    public static readonly DomainError DateOutOfOrder =
        new("demand.date-out-of-order", RefusalKind.RuleViolation, "Date before an earlier step of the demand");
}
