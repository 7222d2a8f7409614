using System.Text.Json.Serialization;

namespace Fupin.EventSourced.Domain.Consultations;

/// <summary>How a question reached the programme (seed 002: 5,000 consultations, 45 of them online).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConsultationChannel>))]
public enum ConsultationChannel
{
    Online,
    Phone,
    InPerson,
}

public static class ConsultationRules
{
    public const int MaxQuestionLength = 2_000;
    public const int MaxAnswerLength = 4_000;
    public const int MaxTextLength = 100;

    /// <summary>
    /// How far ahead of the server's clock an instant may lie: clients' clocks drift, and a few minutes of drift is
    /// no reason to refuse a question, while a wrong day or year is.
    /// </summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    /// <summary>Hours from question to answer, to the hundredth (rounded half away from zero).</summary>
    public static decimal HoursBetween(DateTimeOffset askedAt, DateTimeOffset answeredAt) =>
        Math.Round((decimal)(answeredAt - askedAt).Ticks / TimeSpan.TicksPerHour, 2, MidpointRounding.AwayFromZero);
}
