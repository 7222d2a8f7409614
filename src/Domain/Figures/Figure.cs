using System.Text.Json.Serialization;

namespace Fupin.EventSourced.Domain.Figures;

/// <summary>
/// An additive figure the programme reports per division and year (<c>../shared/DOMAIN.md</c>, "Indicators"):
/// events add to it (a correction may take away), so a division's figure is the sum of what its events counted,
/// and every figure can be explained by those events. Figures that are not sums (key villages covered, the
/// execution rate, the average answer time) are derived from these and from the read models.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Figure>))]
public enum Figure
{
    EnvoysSelected,
    HouseholdsExited,

    TrainingSessions,
    FarmersTrained,
    FarmersTrainedFromPoorHouseholds,

    Consultations,
    ConsultationsOnline,
    ConsultationsByPhone,
    ConsultationsInPerson,
    ConsultationsAnswered,

    /// <summary>Hours from question to answer, summed over answered consultations (the average is this over <see cref="ConsultationsAnswered"/>).</summary>
    ConsultationAnswerHours,

    ExpertsRegistered,
    ProfessionalGroupsFormed,
    InformantsRegistered,
    TechnologiesIntroduced,
    ActivitiesHeld,
    DemandSurveys,
    BrochuresDistributed,
    NewsReports,
    TechLeadersRecognised,
    DemonstrationHouseholdsRecognised,
    ParkVillagePairings,
    JobsCreated,
    PlatformsFounded,
    StarMakerSpacesFounded,
    AgriStationsFounded,
    EnvoyWorkStationsFounded,
    DemandsRegistered,
    DemandsMatched,
    AgreementsSigned,
    DemandsMet,

    ProjectsSupported,
    FundsAllocated,
    FundsReceived,
    FundsCommitted,
    FundsDisbursed,
    FundsSpent,
}

/// <summary>What one event adds to one figure: where (the division it counts for), when (the business date) and how much.</summary>
/// <param name="Figure">The figure.</param>
/// <param name="DivisionCode">The village, township, county, city or province code it counts for (rolled up by prefix).</param>
/// <param name="On">The business date: the year it counts for is this date's year.</param>
/// <param name="Amount">How much: a count, or yuan to the fen; negative when a correction takes away.</param>
public sealed record FigureCount(Figure Figure, string DivisionCode, DateOnly On, decimal Amount);

/// <summary>
/// An event that adds to the programme's figures. The figure ledger (an async projection) records each count with
/// the event's sequence number, so a figure can be summed for any division prefix and year, as of a business date
/// or as known at a point in the event log, and explained by the events that make it up. A correction event counts
/// the difference it makes (minus what it replaces, plus what it says now), so it carries the values it replaces.
/// </summary>
public interface ICountedEvent : IDomainEvent
{
    IEnumerable<FigureCount> Counts();
}
