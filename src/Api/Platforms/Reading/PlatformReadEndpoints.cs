using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Platforms;
using Fupin.EventSourced.Projections.FieldWork;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Platforms.Reading;

/// <summary>An innovation platform.</summary>
/// <param name="Id">Server-issued id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">星创天地, 农科驿站 or envoy work station.</param>
/// <param name="Level">The level that designated it.</param>
/// <param name="DivisionCode">Where it is.</param>
/// <param name="FoundedOn">The business date it was founded.</param>
/// <param name="Version">Stream version; also the <c>ETag</c>.</param>
public sealed record PlatformView(string Id, string Name, PlatformKind Kind, PlatformLevel Level, string DivisionCode, DateOnly FoundedOn, long Version)
{
    public static PlatformView Of(Platform p) => new(p.Id, p.Name, p.Kind, p.Level, p.DivisionCode, p.FoundedOn, p.Version);
}

public static class PlatformReadEndpoints
{
    /// <summary>Reads one innovation platform.</summary>
    /// <param name="platformId">The platform's id.</param>
    /// <response code="200">The platform; <c>ETag</c> carries its version.</response>
    /// <response code="404">No such platform.</response>
    [WolverineGet("/api/platforms/{platformId}", Name = "GetPlatform")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<PlatformView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<PlatformView> Get(string platformId, IQuerySession session, HttpResponse response, CancellationToken cancellation)
    {
        var platform = await session.LoadAsync<Platform>(platformId, cancellation) ?? throw Platform.NotFound(platformId);
        response.Headers.ETag = ExpectedVersion.ETag(platform.Version);
        return PlatformView.Of(platform);
    }

    /// <summary>A division's platforms founded in a year, by date, a page at a time.</summary>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="year">The year, e.g. <c>2018</c>.</param>
    /// <param name="page">The page, from 1 (default 1).</param>
    /// <param name="pageSize">Platforms per page, 1–200 (default 50).</param>
    /// <response code="200">The page.</response>
    /// <response code="400">The division, year or page is not valid.</response>
    [WolverineGet("/api/platforms/divisions/{divisionCode}/years/{year}", Name = "ListPlatforms")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<Page<PlatformView>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static async Task<Page<PlatformView>> List(
        string divisionCode, string year, string? page, string? pageSize, IQuerySession session, CancellationToken cancellation)
    {
        var prefix = ReportRoute.DivisionPrefix(divisionCode);
        var y = ReportRoute.Year(year);
        var request = Paging.From(page, pageSize);
        var platforms = await session.Query<Platform>()
            .Stats(out var stats)
            .InDivisionYear("division_code", prefix, y)
            .OrderBy(p => p.FoundedOn).ThenBy(p => p.Id)
            .Skip(request.Skip).Take(request.PageSize)
            .ToListAsync(cancellation);
        return new(request.Page, request.PageSize, stats.TotalResults, [.. platforms.Select(PlatformView.Of)]);
    }
}
