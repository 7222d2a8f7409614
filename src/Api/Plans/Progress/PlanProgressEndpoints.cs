using Fupin.EventSourced.Api.Plans.GettingDetails;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Indicators;
using Fupin.EventSourced.Domain.Plans;
using Fupin.EventSourced.Projections.Figures;
using Fupin.EventSourced.Projections.Plans;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Plans.Progress;

/// <summary>Every year of a plan at once, for a chart.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="PlanName">Its title.</param>
/// <param name="DivisionPrefix">The division the actuals are summed for.</param>
/// <param name="KnownThrough">The event sequence every year was read through.</param>
/// <param name="Years">One progress per plan year, first to last.</param>
public sealed record PlanProgressByYear(string PlanId, string PlanName, string DivisionPrefix, long KnownThrough, IReadOnlyList<PlanProgress> Years);

/// <summary>The ledger entries making up one actual, one page.</summary>
/// <param name="IndicatorCode">The indicator.</param>
/// <param name="Figure">The figure these entries add to.</param>
/// <param name="Figures">Every figure the indicator's actual is made of (a ratio has two); page each with <c>figure=</c>. Empty for key villages covered, which the coverage report explains village by village.</param>
/// <param name="KnownThrough">The event sequence read through.</param>
/// <param name="Entries">The entries, in event sequence order.</param>
/// <param name="NextAfter">Pass as <c>after</c> for the next page; null on the last page.</param>
public sealed record ActualExplained(string IndicatorCode, Figure? Figure, IReadOnlyList<Figure> Figures, long KnownThrough, IReadOnlyList<FigureEntry> Entries, long? NextAfter);

public static class PlanProgressEndpoints
{
    /// <summary>Target against actual for every indicator of a plan, in one division (rolled up by code prefix) and year.</summary>
    /// <remarks>
    /// Targets from the plan's events (the one in force on <c>asOf</c> when given); actuals from the figure ledger,
    /// counting business dates up to <c>asOf</c> and events recorded by <c>knownOn</c>. Met: actual ≥ target when more is
    /// better, ≤ when less is.
    /// </remarks>
    /// <param name="targetPlanId">The plan's id.</param>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="year">The plan year.</param>
    /// <param name="asOf">Optional business date: figures dated up to it, targets decided by it.</param>
    /// <param name="knownOn">Optional instant (or date, end of day UTC+8): figures and targets as recorded by then.</param>
    /// <response code="200">One row per indicator.</response>
    /// <response code="400">A route or query value is malformed.</response>
    /// <response code="404">No such plan.</response>
    [WolverineGet("/api/plans/{targetPlanId}/progress/{divisionCode}/years/{year}", Name = "GetPlanProgress")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<PlanProgress>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<PlanProgress> Year(
        string targetPlanId, string divisionCode, string year, string? asOf, string? knownOn, IQuerySession session, CancellationToken cancellation)
    {
        var question = await ProgressQuestion.ReadAsync(session, targetPlanId, divisionCode, asOf, knownOn, cancellation);
        return await question.YearAsync(session, ReportRoute.Year(year), cancellation);
    }

    /// <summary>Target against actual for every year of a plan at once, for a chart.</summary>
    /// <param name="targetPlanId">The plan's id.</param>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="knownOn">Optional instant (or date, end of day UTC+8): figures and targets as recorded by then.</param>
    /// <response code="200">One progress per plan year.</response>
    /// <response code="400">A route or query value is malformed.</response>
    /// <response code="404">No such plan.</response>
    [WolverineGet("/api/plans/{targetPlanId}/progress/{divisionCode}", Name = "GetPlanProgressByYear")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<PlanProgressByYear>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<PlanProgressByYear> AllYears(
        string targetPlanId, string divisionCode, string? knownOn, IQuerySession session, CancellationToken cancellation)
    {
        var question = await ProgressQuestion.ReadAsync(session, targetPlanId, divisionCode, null, knownOn, cancellation);
        var years = await PlanProgress.ReadYearsAsync(session, question.Plan, question.Indicators, question.Prefix, [.. question.Plan.Years],
            question.AsOf, question.KnownThrough, cancellation);
        return new PlanProgressByYear(question.Plan.Id, question.Plan.Name, question.Prefix,
            years.Count > 0 ? years[0].KnownThrough : question.KnownThrough ?? await FigureLedger.KnownThroughAsync(session, null, cancellation), years);
    }

    /// <summary>The events that make up one actual: the figure ledger's entries, paged by event sequence.</summary>
    /// <param name="targetPlanId">The plan's id.</param>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="year">The plan year.</param>
    /// <param name="indicatorCode">The indicator.</param>
    /// <param name="figure">Optional: which of the indicator's figures to list (a ratio has two); default the first.</param>
    /// <param name="after">Optional: the event sequence to continue after (the previous page's <c>nextAfter</c>).</param>
    /// <param name="limit">Optional page size, 1–500 (default 100).</param>
    /// <param name="asOf">Optional business date, as for the progress.</param>
    /// <param name="knownOn">Optional instant, as for the progress.</param>
    /// <response code="200">One page of entries.</response>
    /// <response code="400">A route or query value is malformed, or the figure is not one of the indicator's.</response>
    /// <response code="404">No such plan or indicator.</response>
    [WolverineGet("/api/plans/{targetPlanId}/progress/{divisionCode}/years/{year}/indicators/{indicatorCode}/events", Name = "ExplainActual")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<ActualExplained>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<ActualExplained> Explain(
        string targetPlanId, string divisionCode, string year, string indicatorCode, string? figure, string? after, string? limit,
        string? asOf, string? knownOn, IQuerySession session, CancellationToken cancellation)
    {
        var y = ReportRoute.Year(year);
        var pageSize = ReportRoute.Limit(limit);
        var from = ReportRoute.After(after);
        var question = await ProgressQuestion.ReadAsync(session, targetPlanId, divisionCode, asOf, knownOn, cancellation);
        var indicator = await session.LoadAsync<Indicator>(indicatorCode, cancellation) ?? throw Indicator.NotFound(indicatorCode);
        var figures = FiguresOf(indicator.Source);
        Figure? chosen = string.IsNullOrEmpty(figure) ? (figures.Count > 0 ? figures[0] : null)
            : Enum.TryParse<Figure>(figure, ignoreCase: false, out var parsed) && figures.Contains(parsed) ? parsed
            : throw new Errors.RequestException(Errors.ErrorCatalogue.RequestInvalid,
                $"figure must be one of {string.Join(", ", figures)} for {indicatorCode}.");
        var knownThrough = question.KnownThrough ?? await FigureLedger.KnownThroughAsync(session, null, cancellation);
        if (chosen is not { } f)
        {
            return new ActualExplained(indicatorCode, null, figures, knownThrough, [], null);
        }

        var entries = await FigureLedger.ExplainAsync(session, f, new FigureQuery(question.Prefix, y, question.AsOf, knownThrough),
            from, pageSize, cancellation);
        return new ActualExplained(indicatorCode, f, figures, knownThrough, entries,
            entries.Count == pageSize ? entries[^1].Sequence : null);
    }

    /// <summary>The additive figures an indicator's actual is made of, and its breakdown's.</summary>
    public static IReadOnlyList<Figure> FiguresOf(IndicatorSource source) =>
    [
        .. (source.Figure, source.Derived) switch
        {
            ({ } figure, _) => [figure],
            (_, DerivedMeasure.ExecutionRate) => [Figure.FundsDisbursed, Figure.FundsReceived],
            (_, DerivedMeasure.AverageAnswerHours) => [Figure.ConsultationAnswerHours, Figure.ConsultationsAnswered],
            _ => Array.Empty<Figure>(),
        },
        .. source.Breakdown is { } part ? [part] : Array.Empty<Figure>(),
    ];
}

/// <summary>
/// A progress question's fixed points, read once: the plan as known at the instant, the indicators, the division
/// prefix, the business date and the ledger sequence complete at the instant (null for now: the figures' own read
/// says which sequence they are complete through).
/// </summary>
public sealed record ProgressQuestion(Plan Plan, IReadOnlyDictionary<string, Indicator> Indicators, string Prefix, DateOnly? AsOf, long? KnownThrough)
{
    public static async Task<ProgressQuestion> ReadAsync(
        IQuerySession session, string targetPlanId, string divisionCode, string? asOf, string? knownOn, CancellationToken cancellation)
    {
        var prefix = ReportRoute.DivisionPrefix(divisionCode);
        var day = ReportRoute.OptionalDate(asOf);
        var at = ReportRoute.OptionalInstant(knownOn);
        var plan = await PlanReading.LoadAsync(session, targetPlanId, at, cancellation);
        var knownThrough = await FigureLedger.KnownThroughOrLiveAsync(session, at, cancellation);
        var codes = plan.IndicatorCodes.ToList();
        var indicators = (await session.LoadManyAsync<Indicator>(cancellation, codes)).ToDictionary(i => i.Id, StringComparer.Ordinal);
        return new ProgressQuestion(plan, indicators, prefix, day, knownThrough);
    }

    public Task<PlanProgress> YearAsync(IQuerySession session, int year, CancellationToken cancellation) =>
        PlanProgress.ReadAsync(session, Plan, Indicators, Prefix, year, AsOf, KnownThrough, cancellation);
}
