namespace Fupin.EventSourced.Domain.FieldWork;

/// <summary>How the records of the programme's field work refuse commands and reads.</summary>
public static class FieldWorkErrors
{
    public static readonly DomainError TechnologyNotFound =
        new("technology-introduction.not-found", RefusalKind.NotFound, "Technology introduction not found");

    public static readonly DomainError ActivityNotFound = new("activity.not-found", RefusalKind.NotFound, "Activity not found");

    public static readonly DomainError DemandSurveyNotFound =
        new("demand-survey.not-found", RefusalKind.NotFound, "Demand survey not found");

    public static readonly DomainError BrochureDistributionNotFound =
        new("brochure-distribution.not-found", RefusalKind.NotFound, "Brochure distribution not found");

    public static readonly DomainError NewsReportNotFound = new("news-report.not-found", RefusalKind.NotFound, "News report not found");

    public static readonly DomainError RecognitionNotFound = new("recognition.not-found", RefusalKind.NotFound, "Recognition not found");

    /// <summary>A correction must change something: an empty one would only blur the record's history.</summary>
    public static readonly DomainError CorrectionUnchanged =
        new("field-fact.correction-unchanged", RefusalKind.RuleViolation, "Correction changes nothing");

    public static readonly DomainError NameRequired =
        new("recognition.name-required", RefusalKind.RuleViolation, "Name required without a household");

    public static readonly DomainError HouseholdOfAnotherVillage =
        new("recognition.household-of-another-village", RefusalKind.RuleViolation, "Household lives in another village");
}
