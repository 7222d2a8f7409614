using Fupin.EventSourced.Api.Errors;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Projects;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Projects.History;

/// <summary>The question a fund history answers, from its query string; malformed values are 400s naming them.</summary>
public sealed record FundHistoryQuery(DateOnly? AsOf, DateTimeOffset? KnownOn, bool ShowCorrections)
{
    public static FundHistoryQuery Of(string? asOf, string? knownOn, string? corrections) => new(
        asOf is null ? null : ReportRoute.Date(asOf),
        knownOn is null ? null : ReportRoute.KnownOn(knownOn),
        corrections switch
        {
            null or "applied" => false,
            "shown" => true,
            _ => throw new RequestException(ErrorCatalogue.RequestInvalid, "'corrections' must be 'applied' (the default) or 'shown'."),
        });

    /// <summary>The project's history as asked; 404 when there is no such project.</summary>
    public async Task<FundHistory> ReplayAsync(IQuerySession session, string projectId, CancellationToken cancellation)
    {
        var events = await session.Events.FetchStreamAsync(projectId, token: cancellation);
        return events.Count == 0 || events[0].Data is not Domain.Projects.Registering.ProjectRegistered
            ? throw Project.NotFound(projectId)
            : FundHistoryReplay.Replay(events, AsOf, KnownOn, ShowCorrections);
    }
}

public static class GetFundHistoryEndpoint
{
    /// <summary>Replays a project's fund history for auditors: every transaction with who recorded it, when, its correlation id and the running balances.</summary>
    /// <remarks>
    /// By default each transaction is shown as its corrections left it, ordered by business date (then as recorded),
    /// with the ids of its corrections; <c>corrections=shown</c> lists the original recordings and each correction as
    /// a line of its own, in the order recorded, with the reason and what it replaced. <c>asOf</c> keeps the
    /// transactions dated up to a business date; <c>knownOn</c> replays only the events recorded up to an instant (a
    /// date means the end of that day in Beijing time): the ledger as it stood then, before later corrections.
    /// </remarks>
    /// <param name="projectId">The project's id.</param>
    /// <param name="asOf">Only transactions dated up to this day, <c>yyyy-MM-dd</c>.</param>
    /// <param name="knownOn">Only events recorded up to this instant (ISO 8601 with zone) or the end of this day (<c>yyyy-MM-dd</c>, Beijing time).</param>
    /// <param name="corrections"><c>applied</c> (default) or <c>shown</c>.</param>
    /// <response code="200">The history.</response>
    /// <response code="400">A query value is malformed.</response>
    /// <response code="404">No project with this id.</response>
    [WolverineGet("/api/projects/{projectId}/fund-history", Name = "GetFundHistory")]
    [Authorize(Policy = Policies.ReadHistory)]
    [ProducesResponseType<FundHistory>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static Task<FundHistory> Get(string projectId, string? asOf, string? knownOn, string? corrections, IQuerySession session,
        CancellationToken cancellation) =>
        FundHistoryQuery.Of(asOf, knownOn, corrections).ReplayAsync(session, projectId, cancellation);
}
