using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Demands;
using Fupin.EventSourced.Domain.Demands.Closing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Demands.Closing;

public static class CloseDemandEndpoint
{
    /// <summary>Closes a demand as met or not met, with the reason.</summary>
    /// <remarks>Appends <c>DemandClosed</c>; a closed demand takes no more matches or agreements. If-Match (the demand's ETag) is optional.</remarks>
    /// <param name="demandId">The demand's id.</param>
    /// <param name="ifMatch">Optional: the demand's ETag, to close only if nothing changed since.</param>
    /// <response code="200">Closed; <c>ETag</c> carries the demand's new version.</response>
    /// <response code="404">No such demand.</response>
    /// <response code="409">The demand is already closed.</response>
    /// <response code="412">The demand changed since the version in If-Match.</response>
    /// <response code="422">Met without ever being matched, or dated before the demand's latest step.</response>
    [WolverinePost("/api/demands/{demandId}/closing", Name = "CloseDemand")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string demandId,
        CloseDemand command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(Read.Existing<Demand>(demandId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            demand => [CloseDemand.Decide(command, demand!)], context, AnswerWith.Changed(demandId));
}
