using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Demands;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Experts;
using Fupin.EventSourced.Domain.Technologies;
using Fupin.EventSourced.Projections.Registries;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Demands.Reading;

/// <summary>A demand with its matches, agreement and closing.</summary>
/// <param name="Id">Server-issued id.</param>
/// <param name="VillageCode">The village that raised it (or whose household did).</param>
/// <param name="HouseholdId">The household that raised it, if any.</param>
/// <param name="Field">The field it lies in.</param>
/// <param name="Description">What is needed.</param>
/// <param name="RaisedOn">The day it was raised.</param>
/// <param name="Matches">Its matches, oldest first.</param>
/// <param name="Agreement">The cooperation agreement, once signed.</param>
/// <param name="Outcome">Met or not met, once closed.</param>
/// <param name="ClosedOn">The day it was closed.</param>
/// <param name="CloseReason">Why it was closed so.</param>
/// <param name="Version">Stream version; also the <c>ETag</c>.</param>
public sealed record DemandView(
    string Id,
    string VillageCode,
    string? HouseholdId,
    Specialty Field,
    string Description,
    DateOnly RaisedOn,
    IReadOnlyList<DemandMatchView> Matches,
    AgreementView? Agreement,
    DemandOutcome? Outcome,
    DateOnly? ClosedOn,
    string? CloseReason,
    long Version);

/// <summary>One match of a demand.</summary>
/// <param name="Id">Match id.</param>
/// <param name="ExpertId">The expert matched, or null.</param>
/// <param name="ExpertName">The expert's name as the registry holds it now.</param>
/// <param name="TechnologyId">The technology matched, or null.</param>
/// <param name="TechnologyTitle">The technology's title.</param>
/// <param name="On">The day of the match.</param>
public sealed record DemandMatchView(string Id, string? ExpertId, string? ExpertName, string? TechnologyId, string? TechnologyTitle, DateOnly On);

/// <summary>A demand's cooperation agreement.</summary>
/// <param name="Id">Agreement id.</param>
/// <param name="ResponsibleExpertId">The responsible expert.</param>
/// <param name="ResponsibleExpertName">Their name as the registry holds it now.</param>
/// <param name="SignedOn">The day it was signed.</param>
/// <param name="From">First day of its term.</param>
/// <param name="Until">Last day of its term.</param>
public sealed record AgreementView(string Id, string ResponsibleExpertId, string? ResponsibleExpertName, DateOnly SignedOn, DateOnly From, DateOnly Until);

/// <summary>A demand waiting for a match.</summary>
/// <param name="Id">Demand id.</param>
/// <param name="VillageCode">The village.</param>
/// <param name="HouseholdId">The household that raised it, if any.</param>
/// <param name="Field">The field.</param>
/// <param name="Description">What is needed.</param>
/// <param name="RaisedOn">The day it was raised.</param>
public sealed record WaitingDemand(string Id, string VillageCode, string? HouseholdId, Specialty Field, string Description, DateOnly RaisedOn);

/// <summary>One page of a division's open demands without a match.</summary>
/// <param name="DivisionCode">The 6-digit division asked for.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="Total">How many open demands without a match the division has.</param>
/// <param name="Items">This page's demands, oldest first.</param>
public sealed record WaitingDemandsPage(string DivisionCode, int Page, int PageSize, int Total, IReadOnlyList<WaitingDemand> Items);

public static class DemandEndpoints
{
    /// <summary>Reads one demand with its matches, agreement and closing.</summary>
    /// <param name="demandId">The demand's id.</param>
    /// <response code="200">The demand; <c>ETag</c> carries its version.</response>
    /// <response code="404">No demand with this id.</response>
    [WolverineGet("/api/demands/{demandId}", Name = "GetDemand")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<DemandView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<DemandView> Get(string demandId, IQuerySession session, HttpContext http)
    {
        var cancellation = http.RequestAborted;
        var demand = await session.LoadAsync<Demand>(demandId, cancellation) ?? throw Demand.NotFound(demandId);
        var expertIds = demand.Matches.Select(m => m.ExpertId).OfType<string>().Distinct().ToArray();
        var technologyIds = demand.Matches.Select(m => m.TechnologyId).OfType<string>().Distinct().ToArray();
        var experts = (await session.LoadManyAsync<Expert>(cancellation, expertIds)).ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var technologies = (await session.LoadManyAsync<Technology>(cancellation, technologyIds)).ToDictionary(t => t.Id, t => t.Title, StringComparer.Ordinal);
        http.Response.Headers.ETag = ExpectedVersion.ETag(demand.Version);
        return new DemandView(demand.Id, demand.VillageCode, demand.HouseholdId, demand.Field, demand.Description, demand.RaisedOn,
            [.. demand.Matches.Select(m => new DemandMatchView(m.Id, m.ExpertId, m.ExpertId is { } e ? experts.GetValueOrDefault(e) : null,
                m.TechnologyId, m.TechnologyId is { } t ? technologies.GetValueOrDefault(t) : null, m.On))],
            demand.Agreement is { } a
                ? new AgreementView(a.Id, a.ResponsibleExpertId, experts.GetValueOrDefault(a.ResponsibleExpertId), a.SignedOn, a.From, a.Until)
                : null,
            demand.Outcome, demand.ClosedOn, demand.CloseReason, demand.Version);
    }

    /// <summary>A division's open demands that have no match yet, oldest first, one page at a time.</summary>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="page">The page, from 1 (default 1).</param>
    /// <param name="pageSize">Items per page, 1–200 (default 50).</param>
    /// <response code="200">The page; empty past the last.</response>
    /// <response code="400">The division, page or page size is not valid.</response>
    [WolverineGet("/api/demands/divisions/{divisionCode}/waiting", Name = "GetWaitingDemands")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<WaitingDemandsPage>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static async Task<WaitingDemandsPage> Waiting(
        string divisionCode, string? page, string? pageSize, IQuerySession session, CancellationToken cancellation)
    {
        var prefix = ReportRoute.DivisionPrefix(divisionCode);
        var paging = Paging.From(page, pageSize);
        var found = await RegistryPages.WaitingDemandsAsync(session, prefix, paging.Skip, paging.PageSize, cancellation);
        return new WaitingDemandsPage(divisionCode, paging.Page, paging.PageSize, found.Total,
            [.. found.Items.Select(d => new WaitingDemand(d.Id, d.VillageCode, d.HouseholdId, d.Field, d.Description, d.RaisedOn))]);
    }
}
