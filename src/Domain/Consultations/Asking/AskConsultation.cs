using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Informants;
using Fupin.EventSourced.Domain.Villages;

namespace Fupin.EventSourced.Domain.Consultations.Asking;

/// <summary>
/// Record a question from a farmer, or relayed by an informant, of a registered key village. No farmer's name or phone
/// is taken: the question is counted and answered, not addressed. The server issues the consultation's id.
/// </summary>
/// <param name="VillageCode">The key village the question came from.</param>
/// <param name="Channel">Online, by phone or in person.</param>
/// <param name="Field">The professional field it concerns (seed 001's seven groups).</param>
/// <param name="Question">The question, e.g. <c>大棚黄瓜叶片发黄怎么办</c>. Leave out names and phone numbers.</param>
/// <param name="AskedAt">The instant it was asked, with its offset, e.g. <c>2023-05-10T09:30:00+08:00</c>; the answer time is measured from it.</param>
/// <param name="AskedOn">Its business date: the date of <paramref name="AskedAt"/> in China, e.g. <c>2023-05-10</c>.</param>
/// <param name="InformantId">The informant who relayed it, if one did; must be an informant of the same village.</param>
public sealed record AskConsultation(
    string VillageCode,
    ConsultationChannel Channel,
    Specialty Field,
    string Question,
    DateTimeOffset AskedAt,
    DateOnly AskedOn,
    string? InformantId = null)
{
    public static ConsultationAsked Decide(AskConsultation command, string consultationId, Village village, Informant? informant, DateTimeOffset now)
    {
        if (command.AskedAt > now + ConsultationRules.ClockTolerance)
        {
            throw ConsultationErrors.InFuture.Because($"The question cannot have been asked at {command.AskedAt:O}, after now ({now:O}).");
        }

        if (informant is not null && informant.DivisionCode != village.Id)
        {
            throw ConsultationErrors.InformantElsewhere.Because(
                $"Informant {informant.Id} relays for village {informant.DivisionCode}, not {village.Id}.");
        }

        if (informant is not null && command.AskedOn < informant.RegisteredOn)
        {
            throw ConsultationErrors.InformantNotYetRegistered.Because(
                $"Informant {informant.Id} was registered on {informant.RegisteredOn:yyyy-MM-dd}, after {command.AskedOn:yyyy-MM-dd}.");
        }

        return new ConsultationAsked(consultationId, village.Id, command.Channel, command.Field, command.Question.Trim(),
            informant?.Id, command.AskedAt, command.AskedOn);
    }
}

/// <summary>A question came in from <paramref name="VillageCode"/> at <paramref name="AskedAt"/>.</summary>
/// <param name="ConsultationId">The consultation's id.</param>
/// <param name="VillageCode">The key village; where it counts.</param>
/// <param name="Channel">How it came in.</param>
/// <param name="Field">The professional field.</param>
/// <param name="Question">The question.</param>
/// <param name="InformantId">The informant who relayed it, if one did.</param>
/// <param name="AskedAt">The instant it was asked.</param>
/// <param name="AskedOn">Its business date; the year it counts for.</param>
public sealed record ConsultationAsked(
    string ConsultationId,
    string VillageCode,
    ConsultationChannel Channel,
    Specialty Field,
    string Question,
    string? InformantId,
    DateTimeOffset AskedAt,
    DateOnly AskedOn) : IEventOf<Consultation>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() =>
    [
        new(Figure.Consultations, VillageCode, AskedOn, 1),
        new(Channel switch
        {
            ConsultationChannel.Online => Figure.ConsultationsOnline,
            ConsultationChannel.Phone => Figure.ConsultationsByPhone,
            ConsultationChannel.InPerson => Figure.ConsultationsInPerson,
            _ => throw new InvalidOperationException($"No figure counts the channel {Channel}."),
        }, VillageCode, AskedOn, 1),
    ];
}

public sealed class AskConsultationValidator : AbstractValidator<AskConsultation>
{
    public AskConsultationValidator()
    {
        RuleFor(x => x.VillageCode).MustBeVillageCode();
        RuleFor(x => x.Channel).IsInEnum();
        RuleFor(x => x.Field).IsInEnum();
        RuleFor(x => x.Question).MustBeText(ConsultationRules.MaxQuestionLength);
        RuleFor(x => x.AskedOn).MustBeBusinessDate()
            .Must((x, on) => on == ChinaTime.DateOf(x.AskedAt))
            .WithMessage("'{PropertyName}' must be the date of 'askedAt' in China (UTC+8).");
        RuleFor(x => x.InformantId!).MustBeText(64).When(x => x.InformantId is not null);
    }
}
