using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Correcting;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Projects.Correcting;

public static class CorrectFundTransactionEndpoint
{
    /// <summary>Corrects (or voids) a recorded fund transaction with a compensating event.</summary>
    /// <remarks>
    /// Appends <c>FundTransactionCorrected</c>, which points at the transaction, says why and carries both the values
    /// it replaces and the corrected ones; nothing is edited or deleted. The corrected books must still obey the money
    /// rules. Send the project's current <c>ETag</c> in <c>If-Match</c>.
    /// </remarks>
    /// <param name="projectId">The project's id.</param>
    /// <param name="transactionId">The id of the transaction to correct.</param>
    /// <param name="ifMatch">The project's current ETag, e.g. <c>"5"</c>.</param>
    /// <response code="201">Corrected; the body's id is the correction's, <c>ETag</c> the project's new version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    /// <response code="404">No such project, or no such transaction in it.</response>
    /// <response code="409">The transaction was voided.</response>
    /// <response code="412">The project changed since the version in If-Match.</response>
    /// <response code="422">The correction changes nothing, or would overdraw the project or exceed a budget line.</response>
    /// <response code="428">If-Match is missing.</response>
    [WolverinePost("/api/projects/{projectId}/transactions/{transactionId}/corrections", Name = "CorrectFundTransaction")]
    [Authorize(Policy = Policies.ManageFunds)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType(StatusCodes.Status428PreconditionRequired)]
    public static async Task<IResult> Post(
        string projectId,
        string transactionId,
        CorrectFundTransaction command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        IQuerySession session,
        EventStreams streams)
    {
        var expected = ExpectedVersion.FromIfMatch(ifMatch);
        var readAt = (await session.Events.FetchStreamStateAsync(projectId))?.Version ?? 0;
        var transaction = await session.LoadAsync<FundTransaction>(transactionId);
        var correctionId = NewId.Next();
        return await streams.Decide(Read.Existing<Project>(projectId, expected),
            project => [CorrectFundTransaction.Decide(command, transactionId, AsDecidedOn(transaction, readAt, project!), correctionId, project!)],
            context, AnswerWith.Created(correctionId, $"/api/projects/{projectId}/transactions/{transactionId}", versionOf: projectId));
    }

    /// <summary>
    /// The transaction document as it stands at the project version the door decides on, or the door's 412.
    /// </summary>
    /// <remarks>
    /// The document is read outside the door, which locks and checks only the project's stream. It is read after the
    /// project's version (<paramref name="readAt"/>), and both are written in the transaction that appends each event,
    /// so when the door finds the project still at that version nothing changed it in between: the document is the
    /// one of that version, and the append at that version (which the database checks) makes the decision current at
    /// commit. A project that moved between the two reads may have changed the transaction: refused as stale, like an
    /// If-Match that no longer matches, and the client reads again.
    /// </remarks>
    public static FundTransaction? AsDecidedOn(FundTransaction? transaction, long readAt, Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.Version == readAt ? transaction : throw new ExpectedVersionMismatchException(project.Id, readAt, project.Version);
    }
}
