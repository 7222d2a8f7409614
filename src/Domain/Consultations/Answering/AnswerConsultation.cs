using FluentValidation;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.Consultations.Answering;

/// <summary>Record an expert's answer to a consultation. A consultation is answered once.</summary>
/// <param name="AnsweredAt">The instant the answer was given, with its offset, e.g. <c>2023-05-10T15:00:00+08:00</c>.</param>
/// <param name="ExpertName">Who answered, e.g. <c>李明</c> (as text until the expert registry exists).</param>
/// <param name="ExpertOrganisation">Their organisation, e.g. <c>山东农业大学</c>.</param>
/// <param name="Answer">The answer given.</param>
public sealed record AnswerConsultation(DateTimeOffset AnsweredAt, string ExpertName, string ExpertOrganisation, string Answer)
{
    public static ConsultationAnswered Decide(AnswerConsultation command, Consultation consultation, DateTimeOffset now)
    {
        if (consultation.Answer is { } answer)
        {
            throw ConsultationErrors.AlreadyAnswered.Because(
                $"Consultation {consultation.Id} was answered at {answer.AnsweredAt:O} by {answer.ExpertName}.");
        }

        if (command.AnsweredAt < consultation.AskedAt)
        {
            throw ConsultationErrors.AnswerBeforeQuestion.Because(
                $"The question was asked at {consultation.AskedAt:O}; it cannot have been answered at {command.AnsweredAt:O}.");
        }

        if (command.AnsweredAt > now + ConsultationRules.ClockTolerance)
        {
            throw ConsultationErrors.InFuture.Because($"The answer cannot have been given at {command.AnsweredAt:O}, after now ({now:O}).");
        }

        return new ConsultationAnswered(consultation.Id, consultation.DivisionCode, command.AnsweredAt,
            ChinaTime.DateOf(command.AnsweredAt), command.ExpertName.Trim(), command.ExpertOrganisation.Trim(),
            command.Answer.Trim(), ConsultationRules.HoursBetween(consultation.AskedAt, command.AnsweredAt));
    }
}

/// <summary>A consultation was answered, <paramref name="AnswerHours"/> after the question.</summary>
/// <param name="ConsultationId">The consultation.</param>
/// <param name="VillageCode">Its village; where the answer counts.</param>
/// <param name="AnsweredAt">The instant of the answer.</param>
/// <param name="AnsweredOn">Its business date (the date in China); the year the answer counts for.</param>
/// <param name="ExpertName">Who answered.</param>
/// <param name="ExpertOrganisation">Their organisation.</param>
/// <param name="Answer">The answer.</param>
/// <param name="AnswerHours">Hours from question to answer, to the hundredth.</param>
public sealed record ConsultationAnswered(
    string ConsultationId,
    string VillageCode,
    DateTimeOffset AnsweredAt,
    DateOnly AnsweredOn,
    string ExpertName,
    string ExpertOrganisation,
    string Answer,
    decimal AnswerHours) : IEventOf<Consultation>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() =>
    [
        new(Figure.ConsultationsAnswered, VillageCode, AnsweredOn, 1),
        new(Figure.ConsultationAnswerHours, VillageCode, AnsweredOn, AnswerHours),
    ];
}

public sealed class AnswerConsultationValidator : AbstractValidator<AnswerConsultation>
{
    public AnswerConsultationValidator()
    {
        RuleFor(x => x.ExpertName).MustBeText(ConsultationRules.MaxTextLength);
        RuleFor(x => x.ExpertOrganisation).MustBeText(ConsultationRules.MaxTextLength);
        RuleFor(x => x.Answer).MustBeText(ConsultationRules.MaxAnswerLength);
        RuleFor(x => x.AnsweredAt).Must(at => ChinaTime.DateOf(at).Year is >= 2000 and <= 2100)
            .WithMessage("'{PropertyName}' must lie between the years 2000 and 2100.");
    }
}
