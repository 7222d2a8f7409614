using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Indicators;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Indicators.Reading;

/// <summary>An indicator as defined now.</summary>
/// <param name="Code">Its code.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Unit">Unit.</param>
/// <param name="Measure">Count, percentage or money.</param>
/// <param name="Direction">Whether more or less is better.</param>
/// <param name="Source">What it counts.</param>
/// <param name="Version">Stream version; also the <c>ETag</c>.</param>
public sealed record IndicatorView(string Code, string NameZh, string NameEn, string Unit, Measure Measure, Direction Direction, IndicatorSource Source, long Version)
{
    public static IndicatorView Of(Indicator i) => new(i.Id, i.NameZh, i.NameEn, i.Unit, i.Measure, i.Direction, i.Source, i.Version);
}

public static class GetIndicatorsEndpoint
{
    /// <summary>Lists every defined indicator, by code.</summary>
    /// <response code="200">The indicators.</response>
    [WolverineGet("/api/indicators", Name = "ListIndicators")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<IReadOnlyList<IndicatorView>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<IndicatorView>> List(IQuerySession session, CancellationToken cancellation) =>
        [.. (await session.Query<Indicator>().OrderBy(i => i.Id).ToListAsync(cancellation)).Select(IndicatorView.Of)];

    /// <summary>Reads one indicator.</summary>
    /// <param name="indicatorCode">The indicator's code.</param>
    /// <response code="200">The indicator; <c>ETag</c> carries its version.</response>
    /// <response code="404">No such indicator.</response>
    [WolverineGet("/api/indicators/{indicatorCode}", Name = "GetIndicator")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<IndicatorView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<IndicatorView> Get(string indicatorCode, IQuerySession session, HttpResponse response)
    {
        var indicator = await session.LoadAsync<Indicator>(indicatorCode) ?? throw Indicator.NotFound(indicatorCode);
        response.Headers.ETag = EventStore.ExpectedVersion.ETag(indicator.Version);
        return IndicatorView.Of(indicator);
    }
}
