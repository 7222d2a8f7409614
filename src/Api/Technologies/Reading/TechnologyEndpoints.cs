using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Technologies;
using Fupin.EventSourced.Projections.Registries;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Technologies.Reading;

/// <summary>A technology achievement of the registry.</summary>
/// <param name="Id">Server-issued id.</param>
/// <param name="Title">What it is.</param>
/// <param name="Field">The field it serves.</param>
/// <param name="OwnerUnit">The unit that owns or developed it.</param>
/// <param name="Kind">Variety, technique, equipment, product or other.</param>
/// <param name="DivisionCode">The city or county that keeps the registry entry.</param>
/// <param name="RegisteredOn">The day it entered the registry.</param>
/// <param name="Version">Stream version; also the <c>ETag</c>.</param>
public sealed record TechnologyView(
    string Id,
    string Title,
    Specialty Field,
    string OwnerUnit,
    TechnologyKind Kind,
    string DivisionCode,
    DateOnly RegisteredOn,
    long Version)
{
    public static TechnologyView Of(Technology t) => new(t.Id, t.Title, t.Field, t.OwnerUnit, t.Kind, t.DivisionCode, t.RegisteredOn, t.Version);
}

/// <summary>One page of a division's technology registry.</summary>
/// <param name="DivisionCode">The 6-digit division asked for.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="Total">How many the whole registry of the division holds.</param>
/// <param name="Items">This page's technologies, in registration order.</param>
public sealed record TechnologyRegistryPage(string DivisionCode, int Page, int PageSize, int Total, IReadOnlyList<TechnologyView> Items);

public static class TechnologyEndpoints
{
    /// <summary>Reads one technology achievement.</summary>
    /// <param name="technologyId">Its id.</param>
    /// <response code="200">The technology; <c>ETag</c> carries its version.</response>
    /// <response code="404">No technology achievement with this id.</response>
    [WolverineGet("/api/technologies/{technologyId}", Name = "GetTechnology")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<TechnologyView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<TechnologyView> Get(string technologyId, IQuerySession session, HttpContext http)
    {
        var technology = await session.LoadAsync<Technology>(technologyId, http.RequestAborted) ?? throw Technology.NotFound(technologyId);
        http.Response.Headers.ETag = ExpectedVersion.ETag(technology.Version);
        return TechnologyView.Of(technology);
    }

    /// <summary>A division's technology registry (the entries of the division and every division under it), one page at a time.</summary>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="page">The page, from 1 (default 1).</param>
    /// <param name="pageSize">Items per page, 1–200 (default 50).</param>
    /// <response code="200">The page; empty past the last.</response>
    /// <response code="400">The division, page or page size is not valid.</response>
    [WolverineGet("/api/technologies/divisions/{divisionCode}", Name = "GetTechnologyRegistry")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<TechnologyRegistryPage>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static async Task<TechnologyRegistryPage> Registry(
        string divisionCode, string? page, string? pageSize, IQuerySession session, CancellationToken cancellation)
    {
        var prefix = ReportRoute.DivisionPrefix(divisionCode);
        var paging = Paging.From(page, pageSize);
        var found = await RegistryPages.TechnologiesAsync(session, prefix, paging.Skip, paging.PageSize, cancellation);
        return new TechnologyRegistryPage(divisionCode, paging.Page, paging.PageSize, found.Total, [.. found.Items.Select(TechnologyView.Of)]);
    }
}
