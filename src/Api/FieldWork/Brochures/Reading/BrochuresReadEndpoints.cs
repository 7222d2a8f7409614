using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.FieldWork.Brochures;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.FieldWork.Brochures.Reading;

public static class BrochuresReadEndpoints
{
    /// <summary>Reads one recorded brochure distribution as it stands after its corrections.</summary>
    /// <param name="distributionId">The record's id.</param>
    /// <response code="200">The record; <c>ETag</c> carries its version for If-Match.</response>
    /// <response code="404">No such record.</response>
    [WolverineGet("/api/brochure-distributions/{distributionId}", Name = "GetBrochureDistribution")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<FieldFact<BrochureDetails>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static Task<FieldFact<BrochureDetails>> Get(string distributionId, IQuerySession session, HttpResponse response, CancellationToken cancellation) =>
        FieldFactReads.GetAsync<BrochureDistribution, BrochureDetails>(session, distributionId, response, cancellation);

    /// <summary>A division's brochure distributions in a year, by date, a page at a time.</summary>
    /// <remarks>Read from the records' inline states: a record is listed as soon as its command is answered.</remarks>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="year">The year the records count for, e.g. <c>2018</c>.</param>
    /// <param name="page">The page, from 1 (default 1).</param>
    /// <param name="pageSize">Records per page, 1–200 (default 50).</param>
    /// <response code="200">The page (empty past the end).</response>
    /// <response code="400">The division, year or page is not valid.</response>
    [WolverineGet("/api/brochure-distributions/divisions/{divisionCode}/years/{year}", Name = "ListBrochures")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<Page<FieldFact<BrochureDetails>>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static Task<Page<FieldFact<BrochureDetails>>> List(
        string divisionCode, string year, string? page, string? pageSize, IQuerySession session, CancellationToken cancellation) =>
        FieldFactReads.ListAsync<BrochureDistribution, BrochureDetails>(session, "division_code", divisionCode, year, page, pageSize, r => r.Details.DistributedOn, r => r.Id, cancellation);
}
