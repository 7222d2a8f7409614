using Fupin.EventSourced.Domain.Plans.DrawingUp;
using Fupin.EventSourced.Domain.Plans.Revising;
using Fupin.EventSourced.Domain.Plans.Targeting;

namespace Fupin.EventSourced.Domain.Plans;

/// <summary>
/// A plan of a division for a span of years (seed 001: the city's 2018–2020 plan; seed 003: 2021–2025; seed 000: a
/// township's 2018 plan) with a baseline and yearly targets per indicator. A revised target is a new entry beside
/// the earlier one, never an overwrite (IATI keeps no history of revisions; this does), so the target in force on
/// any business date can be told. Stream keyed by a server-issued id; it belongs to the plan's division.
/// </summary>
public sealed record Plan : IStreamState<Plan>
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The 6-digit province, city or county code, or the 9-digit township code, the plan is for.</summary>
    public required string DivisionCode { get; init; }

    public int FirstYear { get; init; }
    public int LastYear { get; init; }
    public required string Document { get; init; }
    public DateOnly AdoptedOn { get; init; }
    public IReadOnlyList<Baseline> Baselines { get; init; } = [];

    /// <summary>Every target ever set or revised, in the order decided; the last one per indicator and year is in force.</summary>
    public IReadOnlyList<TargetEntry> Targets { get; init; } = [];

    public long Version { get; init; }

    public IEnumerable<int> Years => Enumerable.Range(FirstYear, LastYear - FirstYear + 1);

    public bool HasTargetsFor(string indicatorCode) => Targets.Any(t => t.IndicatorCode == indicatorCode);

    /// <summary>The indicators the plan targets, in the order their targets were set.</summary>
    public IEnumerable<string> IndicatorCodes => Targets.Select(t => t.IndicatorCode).Distinct();

    /// <summary>The target in force for an indicator and year: the latest decided on or before <paramref name="asOf"/> (null: now).</summary>
    public TargetEntry? TargetOf(string indicatorCode, int year, DateOnly? asOf = null) =>
        Targets.LastOrDefault(t => t.IndicatorCode == indicatorCode && t.Year == year && (asOf is not { } day || t.DecidedOn <= day));

    /// <summary>Every entry of one target, first set to latest revision.</summary>
    public IEnumerable<TargetEntry> HistoryOf(string indicatorCode, int year) =>
        Targets.Where(t => t.IndicatorCode == indicatorCode && t.Year == year);

    public static Plan Evolve(Plan? plan, object @event) => @event switch
    {
        PlanDrawnUp e => new()
        {
            Id = e.PlanId, Name = e.Name, DivisionCode = e.DivisionCode, FirstYear = e.FirstYear, LastYear = e.LastYear,
            Document = e.Document, AdoptedOn = e.AdoptedOn,
        },
        IndicatorTargetsSet e => StreamStates.Started(plan, e) with
        {
            Baselines = e.Baseline is { } b ? [.. plan.Baselines, b with { IndicatorCode = e.IndicatorCode }] : plan.Baselines,
            Targets = [.. plan.Targets, .. e.Targets.Select(t => new TargetEntry(e.IndicatorCode, t.Year, t.Value, e.DecidedOn, Reason: null, Revision: 0))],
        },
        TargetRevised e => StreamStates.Started(plan, e) with
        {
            Targets = [.. plan.Targets, new TargetEntry(e.IndicatorCode, e.Year, e.Value, e.DecidedOn, e.Reason,
                plan.HistoryOf(e.IndicatorCode, e.Year).Count())],
        },
        _ => throw StreamStates.Unexpected(plan, @event),
    };

    public static DomainException NotFound(string id) => PlanErrors.NotFound.Because($"No plan with id {id} is drawn up.");
}

/// <summary>An indicator's value before the plan (IATI's baseline): the year and the value.</summary>
/// <param name="IndicatorCode">The indicator (filled in from the event that sets it).</param>
/// <param name="Year">The baseline year, e.g. <c>2017</c>.</param>
/// <param name="Value">The value in that year.</param>
public sealed record Baseline(string IndicatorCode, int Year, decimal Value);

/// <summary>One target as set or revised.</summary>
/// <param name="IndicatorCode">The indicator.</param>
/// <param name="Year">The plan year the target is for.</param>
/// <param name="Value">The target value.</param>
/// <param name="DecidedOn">The business date of the decision (the plan's adoption, or the revising document's date).</param>
/// <param name="Reason">Why it was revised; null for the target as first set.</param>
/// <param name="Revision">0 as first set, then 1, 2…</param>
public sealed record TargetEntry(string IndicatorCode, int Year, decimal Value, DateOnly DecidedOn, string? Reason, int Revision);
