namespace Fupin.EventSourced.Domain.Consultations;

/// <summary>How the consultation register refuses commands and reads.</summary>
public static class ConsultationErrors
{
    public static readonly DomainError NotFound = new("consultation.not-found", RefusalKind.NotFound, "Consultation not found");

    public static readonly DomainError AlreadyAnswered =
        new("consultation.already-answered", RefusalKind.Conflict, "Consultation already answered");

    public static readonly DomainError InFuture =
        new("consultation.in-future", RefusalKind.RuleViolation, "Time in the future");

    public static readonly DomainError AnswerBeforeQuestion =
        new("consultation.answer-before-question", RefusalKind.RuleViolation, "Answer before the question");

    public static readonly DomainError InformantElsewhere =
        new("consultation.informant-elsewhere", RefusalKind.RuleViolation, "Informant of another village");

    public static readonly DomainError InformantNotYetRegistered =
        new("consultation.informant-not-yet-registered", RefusalKind.RuleViolation, "Informant not registered on the question's date");
}
