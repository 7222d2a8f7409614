using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Lifecycle;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Households.Lifecycle;

public static class RecordLifecycleStepEndpoint
{
    /// <summary>Takes a household one step through the exit procedure (propose, review, notice, objection, approval, exit, return, monitoring, release).</summary>
    /// <remarks>
    /// Only the allowed transitions pass; any other is 422 naming the current state. The county may approve an exit
    /// only once the public notice has run <c>Households:MinimumNoticeDays</c> (7). Dates may not precede the
    /// previous step or lie after today. If-Match is optional.
    /// </remarks>
    /// <param name="householdId">The household's id.</param>
    /// <param name="ifMatch">Optional: the household's ETag, to act only if nothing changed since.</param>
    /// <response code="200">Recorded; <c>ETag</c> carries the household's new version.</response>
    /// <response code="404">No household with this id.</response>
    /// <response code="412">The household changed since the version in If-Match.</response>
    /// <response code="422">The step is not allowed from the current state, the notice is too short, or the date is out of order.</response>
    [WolverinePost("/api/households/{householdId}/lifecycle-steps", Name = "RecordLifecycleStep")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string householdId,
        RecordLifecycleStep command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams,
        IOptions<HouseholdsOptions> options,
        TimeProvider clock) =>
        streams.Decide(Read.Existing<Household>(householdId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            household => [RecordLifecycleStep.Decide(command, household!, options.Value.MinimumNoticeDays, clock.Today())],
            context, AnswerWith.Changed(householdId));
}
