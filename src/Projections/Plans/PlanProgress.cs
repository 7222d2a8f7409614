using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Indicators;
using Fupin.EventSourced.Domain.Plans;
using Fupin.EventSourced.Projections.Figures;
using Marten;

namespace Fupin.EventSourced.Projections.Plans;

/// <summary>
/// Target against actual for one plan, division (prefix rollup) and year, per indicator of the plan (issue 18;
/// seed 001: 240 envoys, 474 key villages, 2,000 farmers trained a year). Targets come from the plan's events,
/// actuals from the figure ledger (additive figures) or are derived at read time; nothing here is stored, so the
/// answer is always what the events say for the question's two dates.
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="PlanName">Its title.</param>
/// <param name="DivisionPrefix">The division the actuals are summed for (code prefix).</param>
/// <param name="Year">The plan year.</param>
/// <param name="AsOf">Business dates counted up to this day (targets: decided by this day); null: the whole year.</param>
/// <param name="KnownThrough">The event sequence the figures were read through (as known at that point of the log).</param>
/// <param name="Rows">One row per indicator the plan targets, in the order their targets were set.</param>
public sealed record PlanProgress(
    string PlanId, string PlanName, string DivisionPrefix, int Year, DateOnly? AsOf, long KnownThrough, IReadOnlyList<ProgressRow> Rows)
{
    /// <summary>
    /// Reads one plan year. <paramref name="plan"/> is the plan as known at the question's instant (its events up to
    /// then); <paramref name="knownThrough"/> the ledger sequence complete at that instant, or null for now.
    /// </summary>
    public static async Task<PlanProgress> ReadAsync(
        IQuerySession session, Plan plan, IReadOnlyDictionary<string, Indicator> indicators, string prefix, int year,
        DateOnly? asOf, long? knownThrough, CancellationToken ct) =>
        (await ReadYearsAsync(session, plan, indicators, prefix, [year], asOf, knownThrough, ct))[0];

    /// <summary>Reads several plan years from one read of the ledger, so they are all known through the same sequence.</summary>
    public static async Task<IReadOnlyList<PlanProgress>> ReadYearsAsync(
        IQuerySession session, Plan plan, IReadOnlyDictionary<string, Indicator> indicators, string prefix, IReadOnlyList<int> years,
        DateOnly? asOf, long? knownThrough, CancellationToken ct)
    {
        var ledger = await FigureLedger.TotalsByYearAsync(session, prefix, years, asOf, knownThrough, ct);
        var progress = new List<PlanProgress>(years.Count);
        foreach (var year in years)
        {
            progress.Add(await BuildAsync(session, plan, indicators, prefix, year, asOf, ledger.KnownThrough, ledger.Years[year], ct));
        }

        return progress;
    }

    private static async Task<PlanProgress> BuildAsync(
        IQuerySession session, Plan plan, IReadOnlyDictionary<string, Indicator> indicators, string prefix, int year,
        DateOnly? asOf, long knownThrough, IReadOnlyDictionary<Figure, decimal> totals, CancellationToken ct)
    {
        var rows = new List<ProgressRow>();
        foreach (var code in plan.IndicatorCodes)
        {
            var indicator = indicators[code];
            var target = plan.TargetOf(code, year, asOf);
            var actual = Normalized(await ActualAsync(session, indicator.Source, totals, prefix, year, asOf, ct));
            var baseline = plan.Baselines.FirstOrDefault(b => b.IndicatorCode == code);
            var breakdown = indicator.Source.Breakdown is { } part
                ? new BreakdownActual(part, indicator.Source.BreakdownNameZh!, Normalized(totals.GetValueOrDefault(part))!.Value)
                : null;
            rows.Add(new ProgressRow(code, indicator.NameZh, indicator.NameEn, indicator.Unit, indicator.Measure, indicator.Direction,
                year, baseline?.Value, baseline?.Year, target?.Value, target?.Revision, actual,
                actual is { } a && target is { } t ? a - t.Value : null,
                actual is { } b && target is { } u ? IsMet(indicator.Direction, b, u.Value) : null,
                breakdown));
        }

        return new PlanProgress(plan.Id, plan.Name, prefix, year, asOf, knownThrough, rows);
    }

    /// <summary>Met when the actual reaches the target in the indicator's direction: at least it when more is better, at most it when less is.</summary>
    public static bool IsMet(Direction direction, decimal actual, decimal target) =>
        direction == Direction.MoreIsBetter ? actual >= target : actual <= target;

    private static async Task<decimal?> ActualAsync(
        IQuerySession session, IndicatorSource source, IReadOnlyDictionary<Figure, decimal> totals, string prefix, int year,
        DateOnly? asOf, CancellationToken ct)
    {
        if (source.Figure is { } figure)
        {
            return totals.GetValueOrDefault(figure);
        }

        return source.Derived switch
        {
            DerivedMeasure.ExecutionRate => Ratio(totals.GetValueOrDefault(Figure.FundsDisbursed), totals.GetValueOrDefault(Figure.FundsReceived), 100m),
            DerivedMeasure.AverageAnswerHours => Ratio(totals.GetValueOrDefault(Figure.ConsultationAnswerHours), totals.GetValueOrDefault(Figure.ConsultationsAnswered), 1m),
            // Coverage is read from the assignment read model as it is now (it has no sequence of its own): the
            // as-known-on-a-date view applies to the additive figures only.
            DerivedMeasure.KeyVillagesCovered => (await Envoys.Coverage.ReadAsync(session, prefix, new DateOnly(year, 1, 1),
                asOf is { } day && day < new DateOnly(year, 12, 31) ? day : new DateOnly(year, 12, 31), ct)).VillagesCovered,
            _ => null,
        };
    }

    /// <summary>1.00 from a numeric sum reads as 1: the same value prints the same in JSON, CSV and XLSX.</summary>
    public static decimal? Normalized(decimal? value) => value / 1.000000000000000000000000000000000m;

    private static decimal? Ratio(decimal numerator, decimal denominator, decimal scale) =>
        denominator == 0 ? null : decimal.Round(numerator * scale / denominator, 2, MidpointRounding.AwayFromZero);
}

/// <summary>One indicator in one year of a plan.</summary>
/// <param name="IndicatorCode">The indicator's code.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Unit">Unit.</param>
/// <param name="Measure">Count, percentage or money.</param>
/// <param name="Direction">Whether more or less is better.</param>
/// <param name="Year">The plan year.</param>
/// <param name="Baseline">The plan's baseline value, if set.</param>
/// <param name="BaselineYear">The baseline's year.</param>
/// <param name="Target">The target in force (as of the question's business date), or null when the plan sets none for the year.</param>
/// <param name="TargetRevision">0 as first set, 1… after revisions.</param>
/// <param name="Actual">The actual, or null when it cannot be computed (a ratio over nothing).</param>
/// <param name="Gap">Actual minus target.</param>
/// <param name="Met">Whether the target is met given the direction; null without target or actual.</param>
/// <param name="Breakdown">The "of whom" part, if the indicator has one.</param>
public sealed record ProgressRow(
    string IndicatorCode, string NameZh, string NameEn, string Unit, Measure Measure, Direction Direction, int Year,
    decimal? Baseline, int? BaselineYear, decimal? Target, int? TargetRevision, decimal? Actual, decimal? Gap, bool? Met,
    BreakdownActual? Breakdown);

/// <summary>The actual of an indicator's breakdown, e.g. farmers trained, of whom from poor households.</summary>
/// <param name="Figure">The breakdown figure.</param>
/// <param name="NameZh">Its Chinese label.</param>
/// <param name="Actual">Its actual.</param>
public sealed record BreakdownActual(Figure Figure, string NameZh, decimal Actual);
