using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Transacting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Projects.Transacting;

public static class RecordFundTransactionEndpoint
{
    /// <summary>Records a fund transaction of a project: allocation, receipt, commitment or an outflow.</summary>
    /// <remarks>
    /// Appends <c>FundTransactionRecorded</c>, chained to the project's previous event. An outflow (disbursement,
    /// expenditure, reimbursement, purchase of equity) must be covered by the funds received and by its budget
    /// line's current budget. Concurrent outflows against one project are decided one after the other on fresh
    /// state. Send an <c>Idempotency-Key</c> so that a retry never records the transaction twice. If-Match is optional.
    /// </remarks>
    /// <param name="projectId">The project's id.</param>
    /// <param name="ifMatch">Optional: the project's ETag, to record only if nothing changed since.</param>
    /// <response code="201">Recorded; the body's id is the transaction's, <c>ETag</c> the project's new version.</response>
    /// <response code="400">A field is missing or invalid (an amount of zero, below zero or with more than 2 decimal places).</response>
    /// <response code="404">No project with this id.</response>
    /// <response code="412">The project changed since the version in If-Match.</response>
    /// <response code="422">Not enough funds received, or the budget line would be exceeded.</response>
    [WolverinePost("/api/projects/{projectId}/transactions", Name = "RecordFundTransaction")]
    [Authorize(Policy = Policies.ManageFunds)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string projectId,
        RecordFundTransaction command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams)
    {
        var transactionId = NewId.Next();
        return streams.Decide(Read.Existing<Project>(projectId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            project => [RecordFundTransaction.Decide(command, transactionId, project!)], context,
            AnswerWith.Created(transactionId, $"/api/projects/{projectId}/transactions/{transactionId}", versionOf: projectId));
    }
}
