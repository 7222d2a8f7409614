namespace Fupin.EventSourced.Domain.Projects;

/// <summary>How projects and their fund transactions refuse commands and reads.</summary>
public static class ProjectErrors
{
    public static readonly DomainError NotFound = new("project.not-found", RefusalKind.NotFound, "Project not found");

    public static readonly DomainError BudgetUnchanged =
        new("project.budget-unchanged", RefusalKind.RuleViolation, "Budget unchanged");

    public static readonly DomainError BudgetYearOutsidePeriod =
        new("project.budget-year-outside-period", RefusalKind.RuleViolation, "Budget year outside the project's period");

    public static readonly DomainError BudgetBelowSpent =
        new("project.budget-below-spent", RefusalKind.RuleViolation, "Budget below what the line has spent");

    public static readonly DomainError InsufficientFunds =
        new("funds.insufficient", RefusalKind.RuleViolation, "Not enough funds received");

    public static readonly DomainError BudgetLineExceeded =
        new("funds.budget-line-exceeded", RefusalKind.RuleViolation, "Budget line exceeded");

    public static readonly DomainError TransactionNotFound =
        new("funds.transaction-not-found", RefusalKind.NotFound, "Fund transaction not found");

    public static readonly DomainError TransactionVoided =
        new("funds.transaction-voided", RefusalKind.Conflict, "Fund transaction already voided");

    public static readonly DomainError CorrectionUnchanged =
        new("funds.correction-unchanged", RefusalKind.RuleViolation, "Correction changes nothing");
}
