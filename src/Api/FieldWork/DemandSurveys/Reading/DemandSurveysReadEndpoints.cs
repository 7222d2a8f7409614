using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.FieldWork.DemandSurveys;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.FieldWork.DemandSurveys.Reading;

public static class DemandSurveysReadEndpoints
{
    /// <summary>Reads one recorded demand survey as it stands after its corrections.</summary>
    /// <param name="surveyId">The record's id.</param>
    /// <response code="200">The record; <c>ETag</c> carries its version for If-Match.</response>
    /// <response code="404">No such record.</response>
    [WolverineGet("/api/demand-surveys/{surveyId}", Name = "GetDemandSurvey")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<FieldFact<DemandSurveyDetails>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static Task<FieldFact<DemandSurveyDetails>> Get(string surveyId, IQuerySession session, HttpResponse response, CancellationToken cancellation) =>
        FieldFactReads.GetAsync<DemandSurvey, DemandSurveyDetails>(session, surveyId, response, cancellation);

    /// <summary>A division's demand surveys in a year, by date, a page at a time.</summary>
    /// <remarks>Read from the records' inline states: a record is listed as soon as its command is answered.</remarks>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="year">The year the records count for, e.g. <c>2018</c>.</param>
    /// <param name="page">The page, from 1 (default 1).</param>
    /// <param name="pageSize">Records per page, 1–200 (default 50).</param>
    /// <response code="200">The page (empty past the end).</response>
    /// <response code="400">The division, year or page is not valid.</response>
    [WolverineGet("/api/demand-surveys/divisions/{divisionCode}/years/{year}", Name = "ListDemandSurveys")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<Page<FieldFact<DemandSurveyDetails>>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static Task<Page<FieldFact<DemandSurveyDetails>>> List(
        string divisionCode, string year, string? page, string? pageSize, IQuerySession session, CancellationToken cancellation) =>
        FieldFactReads.ListAsync<DemandSurvey, DemandSurveyDetails>(session, "division_code", divisionCode, year, page, pageSize, r => r.Details.SurveyedOn, r => r.Id, cancellation);
}
