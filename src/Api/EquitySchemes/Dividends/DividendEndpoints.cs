using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.EquitySchemes;
using Fupin.EventSourced.Domain.EquitySchemes.Dividends;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.EquitySchemes.Dividends;

public static class RecordDividendPaidEndpoint
{
    /// <summary>Records the fixed dividend of one term year paid to a member.</summary>
    /// <remarks>A dividend recorded as missed may be paid later: the payment is then marked late.</remarks>
    /// <param name="schemeId">The scheme's id.</param>
    /// <param name="ifMatch">Optional: the scheme's ETag.</param>
    /// <response code="201">Recorded; the body's id is the payment's, <c>ETag</c> the scheme's new version.</response>
    /// <response code="404">No such scheme.</response>
    /// <response code="409">That dividend is already paid.</response>
    /// <response code="412">The scheme changed since the version in If-Match.</response>
    /// <response code="422">Not a member, no dividend due that year, not the fixed amount, or paid before the year began.</response>
    [WolverinePost("/api/equity-schemes/{schemeId}/dividends", Name = "RecordDividendPaid")]
    [Authorize(Policy = Policies.ManageFunds)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string schemeId,
        RecordDividendPaid command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams)
    {
        var paymentId = NewId.Next();
        return streams.Decide(Read.Existing<EquityScheme>(schemeId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            scheme => [RecordDividendPaid.Decide(command, scheme!, paymentId)], context,
            AnswerWith.Created(paymentId, $"/api/equity-schemes/{schemeId}", versionOf: schemeId));
    }
}

public static class RecordDividendMissedEndpoint
{
    /// <summary>Records that a member's dividend of one term year was not paid when due, and why.</summary>
    /// <param name="schemeId">The scheme's id.</param>
    /// <param name="ifMatch">Optional: the scheme's ETag.</param>
    /// <response code="200">Recorded; <c>ETag</c> carries the scheme's new version.</response>
    /// <response code="404">No such scheme.</response>
    /// <response code="409">That dividend is already paid or already recorded as missed.</response>
    /// <response code="412">The scheme changed since the version in If-Match.</response>
    /// <response code="422">Not a member, no dividend due that year, or recorded before it fell due.</response>
    [WolverinePost("/api/equity-schemes/{schemeId}/missed-dividends", Name = "RecordDividendMissed")]
    [Authorize(Policy = Policies.ManageFunds)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string schemeId,
        RecordDividendMissed command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(Read.Existing<EquityScheme>(schemeId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            scheme => [RecordDividendMissed.Decide(command, scheme!)], context, AnswerWith.Changed(schemeId));
}
