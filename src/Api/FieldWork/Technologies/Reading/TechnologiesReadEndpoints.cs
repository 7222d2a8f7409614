using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.FieldWork.Technologies;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.FieldWork.Technologies.Reading;

public static class TechnologiesReadEndpoints
{
    /// <summary>Reads one recorded technology introduction as it stands after its corrections.</summary>
    /// <param name="introductionId">The record's id.</param>
    /// <response code="200">The record; <c>ETag</c> carries its version for If-Match.</response>
    /// <response code="404">No such record.</response>
    [WolverineGet("/api/technology-introductions/{introductionId}", Name = "GetTechnologyIntroduction")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<FieldFact<TechnologyDetails>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static Task<FieldFact<TechnologyDetails>> Get(string introductionId, IQuerySession session, HttpResponse response, CancellationToken cancellation) =>
        FieldFactReads.GetAsync<TechnologyIntroduction, TechnologyDetails>(session, introductionId, response, cancellation);

    /// <summary>A division's technology introductions in a year, by date, a page at a time.</summary>
    /// <remarks>Read from the records' inline states: a record is listed as soon as its command is answered.</remarks>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="year">The year the records count for, e.g. <c>2018</c>.</param>
    /// <param name="page">The page, from 1 (default 1).</param>
    /// <param name="pageSize">Records per page, 1–200 (default 50).</param>
    /// <response code="200">The page (empty past the end).</response>
    /// <response code="400">The division, year or page is not valid.</response>
    [WolverineGet("/api/technology-introductions/divisions/{divisionCode}/years/{year}", Name = "ListTechnologyIntroductions")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<Page<FieldFact<TechnologyDetails>>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static Task<Page<FieldFact<TechnologyDetails>>> List(
        string divisionCode, string year, string? page, string? pageSize, IQuerySession session, CancellationToken cancellation) =>
        FieldFactReads.ListAsync<TechnologyIntroduction, TechnologyDetails>(session, "village_code", divisionCode, year, page, pageSize, r => r.Details.IntroducedOn, r => r.Id, cancellation);
}
