namespace Fupin.EventSourced.Domain.EquitySchemes;

/// <summary>How an equity scheme (企业代养 + 分红) refuses commands and reads.</summary>
public static class EquitySchemeErrors
{
    public static readonly DomainError NotFound = new("equity.not-found", RefusalKind.NotFound, "Equity scheme not found");

    public static readonly DomainError HouseholdOutsideDivision =
        new("equity.household-outside-division", RefusalKind.RuleViolation, "Household outside the scheme's division");

    public static readonly DomainError AlreadyEnrolled =
        new("equity.already-enrolled", RefusalKind.Conflict, "Household already enrolled");

    public static readonly DomainError SchemeFull = new("equity.scheme-full", RefusalKind.Conflict, "Every place of the scheme is taken");

    public static readonly DomainError NotAMember = new("equity.not-a-member", RefusalKind.RuleViolation, "Household not a member of the scheme");

    public static readonly DomainError YearNotDue =
        new("equity.year-not-due", RefusalKind.RuleViolation, "No dividend due to this member for this term year");

    public static readonly DomainError DividendAlreadyPaid =
        new("equity.dividend-already-paid", RefusalKind.Conflict, "Dividend already paid");

    public static readonly DomainError DividendAlreadyMissed =
        new("equity.dividend-already-missed", RefusalKind.Conflict, "Dividend already recorded as missed");

    public static readonly DomainError DividendAmount =
        new("equity.dividend-amount", RefusalKind.RuleViolation, "Dividend differs from the scheme's fixed dividend");

    public static readonly DomainError InsuranceAlreadyRecorded =
        new("equity.insurance-already-recorded", RefusalKind.Conflict, "Insurance already recorded for this term year");

    public static readonly DomainError AlreadyExited = new("equity.already-exited", RefusalKind.Conflict, "Member already exited");

    public static readonly DomainError RefundNotShare =
        new("equity.refund-not-share", RefusalKind.RuleViolation, "Refund differs from the household's share");

    public static readonly DomainError DateOutOfOrder =
        new("equity.date-out-of-order", RefusalKind.RuleViolation, "Date outside what the scheme's term allows");

    public static readonly DomainError TermEnded = new("equity.term-ended", RefusalKind.Conflict, "Scheme's term already ended");

    public static readonly DomainError DividendsOutstanding =
        new("equity.dividends-outstanding", RefusalKind.RuleViolation, "Dividends of the term neither paid nor recorded as missed");
}
