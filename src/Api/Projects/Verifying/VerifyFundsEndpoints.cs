using System.Security.Claims;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Projects;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Projects.Verifying;

public static class VerifyFundsEndpoints
{
    /// <summary>Verifies one project: recomputes its hash chain from the stored events and its balances by replaying them.</summary>
    /// <remarks>
    /// Reports the first broken link of the chain (an event altered, removed or reordered in the database) and every
    /// figure where the read model the API serves differs from the replay of the events.
    /// </remarks>
    /// <param name="projectId">The project's id.</param>
    /// <response code="200">What was found; <c>intact</c> is true when the chain holds and the read model matches.</response>
    /// <response code="404">No project with this id.</response>
    [WolverineGet("/api/projects/{projectId}/verification", Name = "VerifyProject")]
    [Authorize(Policy = Policies.ReadHistory)]
    [ProducesResponseType<ProjectVerification>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<ProjectVerification> VerifyProject(string projectId, IQuerySession session, CancellationToken cancellation) =>
        await FundVerification.VerifyAsync(session, projectId, cancellation) ?? throw Project.NotFound(projectId);

    /// <summary>Verifies every project in the caller's division: each chain and each project's balances against the events.</summary>
    /// <remarks>Projects are found from their registration events, not from the read model. Reads every project's whole stream: minutes for a large store.</remarks>
    /// <response code="200">How many projects and events were verified, and every project that failed, with what was found.</response>
    [WolverineGet("/api/funds/verification", Name = "VerifyFunds")]
    [Authorize(Policy = Policies.ReadHistory)]
    [ProducesResponseType<FundsVerification>(StatusCodes.Status200OK)]
    public static Task<FundsVerification> VerifyAll(ClaimsPrincipal user, IQuerySession session, CancellationToken cancellation) =>
        FundVerification.VerifyAllAsync(session, DivisionScope.Of(user)?.Prefix, cancellation);

    /// <summary>Exports the head of every project's hash chain in the caller's division, with the time of export.</summary>
    /// <remarks>
    /// Keep the export outside this system (signed, mailed, printed). Comparing it later recomputes each chain up to
    /// the exported version: a chain rewritten from its first event on, consistent in itself, no longer hashes the same.
    /// </remarks>
    /// <response code="200">The export.</response>
    [WolverineGet("/api/funds/chain-heads", Name = "ExportChainHeads")]
    [Authorize(Policy = Policies.ReadHistory)]
    [ProducesResponseType<ChainHeadExport>(StatusCodes.Status200OK)]
    public static Task<ChainHeadExport> Export(ClaimsPrincipal user, IQuerySession session, CancellationToken cancellation) =>
        ChainHeads.ExportAsync(session, DivisionScope.Of(user)?.Prefix, cancellation);

    /// <summary>Compares an earlier export of chain heads with the stored events.</summary>
    /// <remarks>Writes nothing. Projects outside the caller's division are reported as such, without their hashes.</remarks>
    /// <response code="200">How many heads match, and every one that does not, with what was found.</response>
    /// <response code="400">The export is malformed or longer than 300 heads.</response>
    [WolverinePost("/api/funds/chain-heads/comparisons", Name = "CompareChainHeads")]
    [Authorize(Policy = Policies.ReadHistory)]
    [ProducesResponseType<ChainHeadComparison>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static Task<ChainHeadComparison> Compare(ChainHeadExport export, ClaimsPrincipal user, IQuerySession session, CancellationToken cancellation)
    {
        var scope = DivisionScope.Of(user) ?? DivisionScope.Unscoped;
        return ChainHeads.CompareAsync(session, export, scope.Covers, cancellation);
    }
}
