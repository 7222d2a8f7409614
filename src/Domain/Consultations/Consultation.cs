using Fupin.EventSourced.Domain.Consultations.Answering;
using Fupin.EventSourced.Domain.Consultations.Asking;
using Fupin.EventSourced.Domain.Envoys;

namespace Fupin.EventSourced.Domain.Consultations;

/// <summary>
/// A consultation (技术询问): a farmer's or informant's question and, once given, an expert's answer. A stream of its
/// own under a server-issued id, belonging to the village the question came from (<see cref="DivisionCode"/>). It holds
/// no farmer's name or phone: the figures need none, and none is then at risk.
/// </summary>
public sealed record Consultation : IStreamState<Consultation>
{
    public required string Id { get; init; }

    /// <summary>The key village the question came from.</summary>
    public required string DivisionCode { get; init; }

    public ConsultationChannel Channel { get; init; }
    public Specialty Field { get; init; }
    public required string Question { get; init; }

    /// <summary>The informant who relayed the question, if one did.</summary>
    public string? InformantId { get; init; }

    /// <summary>
    /// The instant it was asked, in UTC: the state's times are indexed columns (<c>timestamptz</c>), which take UTC
    /// only; the events keep the offset the client sent.
    /// </summary>
    public DateTimeOffset AskedAt { get; init; }
    public DateOnly AskedOn { get; init; }

    /// <summary>When the answer was given, in UTC; null while the question awaits one.</summary>
    public DateTimeOffset? AnsweredAt { get; init; }

    public ConsultationAnswer? Answer { get; init; }
    public long Version { get; init; }

    public static Consultation Evolve(Consultation? consultation, object @event) => @event switch
    {
        ConsultationAsked e => new()
        {
            Id = e.ConsultationId,
            DivisionCode = e.VillageCode,
            Channel = e.Channel,
            Field = e.Field,
            Question = e.Question,
            InformantId = e.InformantId,
            AskedAt = e.AskedAt.ToUniversalTime(),
            AskedOn = e.AskedOn,
        },
        ConsultationAnswered e => StreamStates.Started(consultation, e) with
        {
            AnsweredAt = e.AnsweredAt.ToUniversalTime(),
            Answer = new ConsultationAnswer(e.AnsweredAt, e.AnsweredOn, e.ExpertName, e.ExpertOrganisation, e.Answer, e.AnswerHours),
        },
        _ => throw StreamStates.Unexpected(consultation, @event),
    };

    public static DomainException NotFound(string id) => ConsultationErrors.NotFound.Because($"No consultation with id {id} is recorded.");
}

/// <summary>An expert's answer to a consultation.</summary>
/// <param name="AnsweredAt">The instant it was given.</param>
/// <param name="AnsweredOn">Its business date (the date in China).</param>
/// <param name="ExpertName">Who answered.</param>
/// <param name="ExpertOrganisation">Their organisation.</param>
/// <param name="Text">The answer.</param>
/// <param name="AnswerHours">Hours from question to answer, to the hundredth.</param>
public sealed record ConsultationAnswer(DateTimeOffset AnsweredAt, DateOnly AnsweredOn, string ExpertName, string ExpertOrganisation, string Text, decimal AnswerHours);
