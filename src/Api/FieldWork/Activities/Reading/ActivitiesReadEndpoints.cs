using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.FieldWork.Activities;
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
    public static Task<FieldFact<ActivityDetails>> Get(string activityId, IQuerySession session, HttpResponse response, CancellationToken cancellation) =>
        FieldFactReads.GetAsync<Activity, ActivityDetails>(session, activityId, response, cancellation);

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
    public static Task<Page<FieldFact<ActivityDetails>>> List(
        string divisionCode, string year, string? page, string? pageSize, IQuerySession session, CancellationToken cancellation) =>
        FieldFactReads.ListAsync<Activity, ActivityDetails>(session, "division_code", divisionCode, year, page, pageSize, r => r.Details.HeldOn, r => r.Id, cancellation);
}
