using System.Text.Json.Serialization;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Indicators.Correcting;
using Fupin.EventSourced.Domain.Indicators.Defining;

namespace Fupin.EventSourced.Domain.Indicators;

/// <summary>How an indicator's values read (IATI's measure): a count, a percentage or money in yuan.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Measure>))]
public enum Measure
{
    Count,
    Percentage,
    Money,
}

/// <summary>Whether more is better (envoys selected, farmers trained) or less is better (average answer hours): IATI's <c>ascending</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Direction>))]
public enum Direction
{
    MoreIsBetter,
    LessIsBetter,
}

/// <summary>
/// An indicator's value that is not one additive figure: computed from figures or read models at report time.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DerivedMeasure>))]
public enum DerivedMeasure
{
    /// <summary>Key villages with an envoy on at least one day of the year (coverage read model, seed 001: all 474 in 2018).</summary>
    KeyVillagesCovered,

    /// <summary><c>FundsDisbursed / FundsReceived</c> in percent (seed 002: 30,019 of 300,000 by end of July).</summary>
    ExecutionRate,

    /// <summary><c>ConsultationAnswerHours / ConsultationsAnswered</c>.</summary>
    AverageAnswerHours,
}

/// <summary>
/// What an indicator counts: exactly one of an additive <see cref="Figures.Figure"/> or a <see cref="DerivedMeasure"/>,
/// and optionally a breakdown figure read as "of whom …" (IATI's disaggregation), e.g. farmers trained, of whom
/// from poor households.
/// </summary>
/// <param name="Figure">The additive figure the indicator sums, or null for a derived measure.</param>
/// <param name="Derived">The derived measure, or null when the indicator sums a figure.</param>
/// <param name="Breakdown">An additive figure shown beside the actual as a part of it, or null.</param>
/// <param name="BreakdownNameZh">The breakdown's Chinese label, e.g. <c>其中贫困户</c>; required with a breakdown.</param>
public sealed record IndicatorSource(Figure? Figure, DerivedMeasure? Derived, Figure? Breakdown = null, string? BreakdownNameZh = null);

/// <summary>
/// An indicator defined as data by an admin, not in code (issue 18; seed 001's yearly figures): its code, names,
/// unit, measure, direction and what it counts. Stream keyed by the code; it belongs to no division (every
/// plan of every division may use it), so it is <see cref="Divisions.Nationwide"/>.
/// </summary>
public sealed record Indicator : IStreamState<Indicator>
{
    public required string Id { get; init; }
    public required string NameZh { get; init; }
    public required string NameEn { get; init; }
    public required string Unit { get; init; }
    public Measure Measure { get; init; }
    public Direction Direction { get; init; }
    public required IndicatorSource Source { get; init; }
    public long Version { get; init; }
    public string DivisionCode => Divisions.Nationwide;

    public static Indicator Evolve(Indicator? indicator, object @event) => @event switch
    {
        IndicatorDefined e => new()
        {
            Id = e.Code, NameZh = e.NameZh, NameEn = e.NameEn, Unit = e.Unit, Measure = e.Measure, Direction = e.Direction,
            Source = e.Source,
        },
        IndicatorCorrected e => StreamStates.Started(indicator, e) with
        {
            NameZh = e.NameZh, NameEn = e.NameEn, Unit = e.Unit, Measure = e.Measure, Direction = e.Direction, Source = e.Source,
        },
        _ => throw StreamStates.Unexpected(indicator, @event),
    };

    public static DomainException NotFound(string id) => IndicatorErrors.NotFound.Because($"No indicator with code {id} is defined.");
}
