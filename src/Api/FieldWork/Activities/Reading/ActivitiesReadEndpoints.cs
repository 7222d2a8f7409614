using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.FieldWork.Activities;
using Fupin.EventSourced.Projections.FieldWork;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.FieldWork.Activities.Reading;

public static class ActivitiesReadEndpoints
{
    /// <summary>Reads one recorded activity as it stands after its corrections.</summary>
    /// <param name="activityId">The record's id.</param>
    /// <response code="200">The record; <c>ETag</c> carries its version for If-Match.</response>
    /// <response code="404">No such record.</response>
    [WolverineGet("/api/activities/{activityId}", Name = "GetActivity")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<FieldFact<ActivityDetails>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<FieldFact<ActivityDetails>> Get(string activityId, IQuerySession session, HttpResponse response, CancellationToken cancellation)
    {
        var record = await session.LoadAsync<Activity>(activityId, cancellation) ?? throw Activity.NotFound(activityId);
        response.Headers.ETag = ExpectedVersion.ETag(record.Version);
        return Of(record);
    }

    /// <summary>A division's activities in a year, by date, a page at a time.</summary>
    /// <remarks>Read from the records' inline states: a record is listed as soon as its command is answered.</remarks>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="year">The year the records count for, e.g. <c>2018</c>.</param>
    /// <param name="page">The page, from 1 (default 1).</param>
    /// <param name="pageSize">Records per page, 1–200 (default 50).</param>
    /// <response code="200">The page (empty past the end).</response>
    /// <response code="400">The division, year or page is not valid.</response>
    [WolverineGet("/api/activities/divisions/{divisionCode}/years/{year}", Name = "ListActivities")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<Page<FieldFact<ActivityDetails>>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static async Task<Page<FieldFact<ActivityDetails>>> List(
        string divisionCode, string year, string? page, string? pageSize, IQuerySession session, CancellationToken cancellation)
    {
        var prefix = ReportRoute.DivisionPrefix(divisionCode);
        var y = ReportRoute.Year(year);
        var request = Paging.From(page, pageSize);
        var records = await session.Query<Activity>()
            .Stats(out var stats)
            .InDivisionYear("division_code", prefix, y)
            .OrderBy(r => r.Details.HeldOn).ThenBy(r => r.Id)
            .Skip(request.Skip).Take(request.PageSize)
            .ToListAsync(cancellation);
        return new(request.Page, request.PageSize, stats.TotalResults, [.. records.Select(Of)]);
    }

    private static FieldFact<ActivityDetails> Of(Activity record) =>
        new(record.Id, record.DivisionCode, record.Details, record.Corrections, record.Version);
}
