using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Demands;
using Fupin.EventSourced.Domain.Demands.Matching;
using Fupin.EventSourced.Domain.Experts;
using Fupin.EventSourced.Domain.Technologies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Demands.Matching;

public static class MatchDemandEndpoint
{
    /// <summary>Matches (对接) a demand with an expert of the registry or a technology achievement.</summary>
    /// <remarks>
    /// Decides on the demand and the expert or technology together: appends <c>DemandMatched</c> to the demand's
    /// stream and holds the expert's or technology's, which it only reads, under a share lock. The caller's division
    /// must cover both. If-Match (the demand's ETag) is optional.
    /// </remarks>
    /// <param name="demandId">The demand's id.</param>
    /// <param name="ifMatch">Optional: the demand's ETag, to match only if nothing changed since.</param>
    /// <response code="201">Matched; the body's id is the match's, <c>ETag</c> the demand's new version.</response>
    /// <response code="404">No such demand, expert or technology.</response>
    /// <response code="409">The demand is already matched to this expert or technology.</response>
    /// <response code="412">The demand changed since the version in If-Match.</response>
    /// <response code="422">The demand is closed, or the date is before it was raised.</response>
    [WolverinePost("/api/demands/{demandId}/matches", Name = "MatchDemand")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string demandId,
        MatchDemand command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams)
    {
        var matchId = NewId.Next();
        var demand = Read.Existing<Demand>(demandId, ExpectedVersion.FromOptionalIfMatch(ifMatch));
        var answer = AnswerWith.Created(matchId, $"/api/demands/{demandId}", versionOf: demandId);
        return command.ExpertId is { } expertId
            ? streams.Decide(demand, Read.Existing<Expert>(expertId),
                (d, expert) => Decision.Append(demandId, MatchDemand.Decide(command, matchId, d!, expert, technology: null)), context, answer)
            : streams.Decide(demand, Read.Existing<Technology>(command.TechnologyId!),
                (d, technology) => Decision.Append(demandId, MatchDemand.Decide(command, matchId, d!, expert: null, technology)), context, answer);
    }
}
