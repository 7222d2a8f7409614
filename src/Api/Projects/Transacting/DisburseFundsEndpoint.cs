using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Transacting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Projects.Transacting;

public static class DisburseFundsEndpoint
{
    /// <summary>Disburses funds of a project to a payee (支付).</summary>
    /// <remarks>
    /// Appends <c>FundTransactionRecorded</c> of type <c>Disbursement</c>, chained to the project's previous event.
    /// Refused when the project has not received enough, or when the budget line's current budget would be
    /// exceeded (the refusal names the line, its budget and what the payment would make it). Send an
    /// <c>Idempotency-Key</c> so that a retry never pays twice. If-Match is optional.
    /// </remarks>
    /// <param name="projectId">The project's id.</param>
    /// <param name="ifMatch">Optional: the project's ETag, to pay only if nothing changed since.</param>
    /// <response code="201">Disbursed; the body's id is the transaction's, <c>ETag</c> the project's new version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    /// <response code="404">No project with this id.</response>
    /// <response code="412">The project changed since the version in If-Match.</response>
    /// <response code="422">Not enough funds received, or the budget line would be exceeded.</response>
    [WolverinePost("/api/projects/{projectId}/disbursements", Name = "DisburseFunds")]
    [Authorize(Policy = Policies.ManageFunds)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string projectId,
        DisburseFunds command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams)
    {
        var transactionId = NewId.Next();
        return streams.Decide(Read.Existing<Project>(projectId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            project => [DisburseFunds.Decide(command, transactionId, project!)], context,
            AnswerWith.Created(transactionId, $"/api/projects/{projectId}/transactions/{transactionId}", versionOf: projectId));
    }
}
