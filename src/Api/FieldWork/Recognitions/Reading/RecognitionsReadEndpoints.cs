using System.Security.Claims;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.PersonalData;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.FieldWork.Recognitions;
using Fupin.EventSourced.Projections.FieldWork;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.FieldWork.Recognitions.Reading;

/// <summary>A recognised tech leader or demonstration household.</summary>
/// <param name="Id">Server-issued id.</param>
/// <param name="VillageCode">The village.</param>
/// <param name="HouseholdId">The registered household, when one is linked (its people are shown through the household).</param>
/// <param name="Kind">Tech leader or demonstration household.</param>
/// <param name="RecognisedOn">The business date.</param>
/// <param name="Name">The name given when no household is linked: in full for operators, masked (<c>张*</c>) for everyone else.</param>
/// <param name="Corrections">How many corrections it had.</param>
/// <param name="Version">Stream version; also the <c>ETag</c>.</param>
public sealed record RecognitionView(
    string Id, string VillageCode, string? HouseholdId, RecognitionKind Kind, DateOnly RecognisedOn, string? Name, int Corrections, long Version)
{
    public static RecognitionView Of(Recognition r, ClaimsPrincipal user) =>
        new(r.Id, r.VillageCode, r.HouseholdId, r.Details.Kind, r.Details.RecognisedOn,
            r.Details.Name is { } name && !PersonalDataVisibility.SeesFull(user) ? PersonNames.Mask(name) : r.Details.Name,
            r.Corrections, r.Version);
}

public static class RecognitionsReadEndpoints
{
    /// <summary>Reads one recognition as it stands after its corrections; the name is masked unless the caller is an operator.</summary>
    /// <param name="recognitionId">The recognition's id.</param>
    /// <response code="200">The recognition; <c>ETag</c> carries its version.</response>
    /// <response code="404">No such recognition.</response>
    [WolverineGet("/api/recognitions/{recognitionId}", Name = "GetRecognition")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<RecognitionView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<RecognitionView> Get(
        string recognitionId, ClaimsPrincipal user, IQuerySession session, HttpResponse response, CancellationToken cancellation)
    {
        var recognition = await session.LoadAsync<Recognition>(recognitionId, cancellation) ?? throw Recognition.NotFound(recognitionId);
        response.Headers.ETag = ExpectedVersion.ETag(recognition.Version);
        return RecognitionView.Of(recognition, user);
    }

    /// <summary>A division's recognitions in a year, by date, a page at a time; names masked unless the caller is an operator.</summary>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="year">The year, e.g. <c>2018</c>.</param>
    /// <param name="page">The page, from 1 (default 1).</param>
    /// <param name="pageSize">Records per page, 1–200 (default 50).</param>
    /// <response code="200">The page.</response>
    /// <response code="400">The division, year or page is not valid.</response>
    [WolverineGet("/api/recognitions/divisions/{divisionCode}/years/{year}", Name = "ListRecognitions")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<Page<RecognitionView>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static async Task<Page<RecognitionView>> List(
        string divisionCode, string year, string? page, string? pageSize, ClaimsPrincipal user, IQuerySession session, CancellationToken cancellation)
    {
        var prefix = ReportRoute.DivisionPrefix(divisionCode);
        var y = ReportRoute.Year(year);
        var request = Paging.From(page, pageSize);
        var records = await session.Query<Recognition>()
            .Stats(out var stats)
            .InDivisionYear("village_code", prefix, y)
            .OrderBy(r => r.Details.RecognisedOn).ThenBy(r => r.Id)
            .Skip(request.Skip).Take(request.PageSize)
            .ToListAsync(cancellation);
        return new(request.Page, request.PageSize, stats.TotalResults, [.. records.Select(r => RecognitionView.Of(r, user))]);
    }
}
