using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Parks;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Parks.Reading;

/// <summary>A park with the key villages it is paired with and radiates to, and the jobs it created.</summary>
/// <param name="Id">Server-issued id.</param>
/// <param name="Name">The park's name.</param>
/// <param name="Level">National, provincial or municipal.</param>
/// <param name="DivisionCode">The county or city where it lies.</param>
/// <param name="Pairings">Paired key villages, in the order paired.</param>
/// <param name="Radiations">Key villages it radiates to.</param>
/// <param name="Jobs">Each record of jobs created.</param>
/// <param name="JobsCreated">All jobs created, every year.</param>
/// <param name="Version">Stream version; also the <c>ETag</c>.</param>
public sealed record ParkView(
    string Id, string Name, ParkLevel Level, string DivisionCode, IReadOnlyList<ParkPairing> Pairings, IReadOnlyList<ParkPairing> Radiations,
    IReadOnlyList<ParkJobs> Jobs, int JobsCreated, long Version)
{
    public static ParkView Of(Park park) =>
        new(park.Id, park.Name, park.Level, park.DivisionCode, park.Pairings, park.Radiations, park.Jobs, park.Jobs.Sum(j => j.Jobs), park.Version);
}

public static class ParkReadEndpoints
{
    /// <summary>Reads one park with its villages and jobs.</summary>
    /// <param name="parkId">The park's id.</param>
    /// <response code="200">The park; <c>ETag</c> carries its version.</response>
    /// <response code="404">No such park.</response>
    [WolverineGet("/api/parks/{parkId}", Name = "GetPark")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<ParkView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<ParkView> Get(string parkId, IQuerySession session, HttpResponse response, CancellationToken cancellation)
    {
        var park = await session.LoadAsync<Park>(parkId, cancellation) ?? throw Park.NotFound(parkId);
        response.Headers.ETag = ExpectedVersion.ETag(park.Version);
        return ParkView.Of(park);
    }

    /// <summary>A division's parks with their villages and jobs, by name.</summary>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <response code="200">The parks.</response>
    /// <response code="400">The division is not valid.</response>
    [WolverineGet("/api/parks/divisions/{divisionCode}", Name = "ListParks")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<IReadOnlyList<ParkView>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static async Task<IReadOnlyList<ParkView>> List(string divisionCode, IQuerySession session, CancellationToken cancellation)
    {
        var prefix = ReportRoute.DivisionPrefix(divisionCode);
        var parks = await session.Query<Park>().Where(p => p.DivisionCode.StartsWith(prefix)).OrderBy(p => p.Name).ThenBy(p => p.Id)
            .ToListAsync(cancellation);
        return [.. parks.Select(ParkView.Of)];
    }
}
