using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Correcting;
using Fupin.EventSourced.Domain.Projects.Transacting;
using Fupin.EventSourced.Projections.Projects;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Projects.GettingDetails;

/// <summary>A fund transaction with its original values and every correction, on demand.</summary>
/// <param name="Id">Transaction id.</param>
/// <param name="Type">The IATI-typed kind.</param>
/// <param name="Original">What it said when recorded.</param>
/// <param name="Current">What it says now; null when voided.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="Corrections">Its corrections, oldest first.</param>
public sealed record TransactionDetail(
    string Id,
    FundTransactionType Type,
    FundTransactionValues Original,
    FundTransactionValues? Current,
    DateTimeOffset RecordedAt,
    string? RecordedBy,
    IReadOnlyList<CorrectionView> Corrections);

/// <summary>One correction of a transaction.</summary>
/// <param name="Id">Correction id.</param>
/// <param name="Reason">Why.</param>
/// <param name="Replaced">The values it replaced.</param>
/// <param name="Corrected">The values it restated; null when it voided the transaction.</param>
/// <param name="Version">The project's version the correction was appended at.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="RecordedBy">Who recorded it.</param>
public sealed record CorrectionView(
    string Id,
    string Reason,
    FundTransactionValues Replaced,
    FundTransactionValues? Corrected,
    long Version,
    DateTimeOffset RecordedAt,
    string? RecordedBy);

public static class GetProjectEndpoint
{
    /// <summary>Reads one project: its budget per line against what it spent, its fund totals and balance, and its transactions.</summary>
    /// <remarks>Corrections are applied; a transaction's original values and its corrections are at its own route.</remarks>
    /// <param name="projectId">The project's id.</param>
    /// <response code="200">The project; <c>ETag</c> carries its version for If-Match.</response>
    /// <response code="404">No project with this id.</response>
    [WolverineGet("/api/projects/{projectId}", Name = "GetProject")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<ProjectView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<ProjectView> Get(string projectId, IQuerySession session, HttpResponse response, CancellationToken cancellation)
    {
        var (project, transactions) = await FundTransactions.OfProjectAsync(session, projectId, cancellation) ?? throw Project.NotFound(projectId);
        response.Headers.ETag = ExpectedVersion.ETag(project.Version);
        return ProjectView.Of(project, transactions);
    }

    /// <summary>Reads one fund transaction with its original values and every correction made to it.</summary>
    /// <param name="projectId">The project's id.</param>
    /// <param name="transactionId">The transaction's id.</param>
    /// <response code="200">The transaction.</response>
    /// <response code="404">No such project, or no such transaction in it.</response>
    [WolverineGet("/api/projects/{projectId}/transactions/{transactionId}", Name = "GetFundTransaction")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<TransactionDetail>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<TransactionDetail> GetTransaction(string projectId, string transactionId, IQuerySession session)
    {
        var events = await session.Events.FetchStreamAsync(projectId);
        if (events.Count == 0)
        {
            throw Project.NotFound(projectId);
        }

        var recorded = events.FirstOrDefault(e => e.Data is FundTransactionRecorded r && r.TransactionId == transactionId)
                       ?? throw ProjectErrors.TransactionNotFound.Because($"Project {projectId} has no fund transaction {transactionId}.");
        var corrections = events.Where(e => e.Data is FundTransactionCorrected c && c.TransactionId == transactionId)
            .Select(e => (Event: e, Correction: (FundTransactionCorrected)e.Data))
            .Select(x => new CorrectionView(x.Correction.CorrectionId, x.Correction.Reason, x.Correction.Replaced, x.Correction.Corrected,
                x.Event.Version, x.Event.Timestamp, x.Event.UserName))
            .ToList();
        var original = (FundTransactionRecorded)recorded.Data;
        return new TransactionDetail(transactionId, original.Type, original.Values,
            corrections.Count == 0 ? original.Values : corrections[^1].Corrected, recorded.Timestamp, recorded.UserName, corrections);
    }
}
