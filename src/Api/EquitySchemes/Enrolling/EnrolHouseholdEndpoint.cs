using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.EquitySchemes;
using Fupin.EventSourced.Domain.EquitySchemes.Enrolling;
using Fupin.EventSourced.Domain.Households;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.EquitySchemes.Enrolling;

public static class EnrolHouseholdEndpoint
{
    /// <summary>Enrols a registered household in an equity scheme: its share is placed with the cooperative.</summary>
    /// <remarks>
    /// Decides on the scheme and the household together: appends <c>HouseholdEnrolled</c> to the scheme (checked by
    /// its version) and holds the household's stream, which it only reads, under a share lock until the commit. The
    /// household must be registered and live in the scheme's division; the caller's division must cover both.
    /// </remarks>
    /// <param name="schemeId">The scheme's id.</param>
    /// <param name="ifMatch">Optional: the scheme's ETag, to enrol only if nothing changed since.</param>
    /// <response code="201">Enrolled; the body's id is the household's, <c>ETag</c> the scheme's new version.</response>
    /// <response code="404">No such scheme or household.</response>
    /// <response code="409">The household is already enrolled, the scheme is full or its term ended.</response>
    /// <response code="412">The scheme changed since the version in If-Match.</response>
    /// <response code="422">The household lives outside the scheme's division, or the term is over.</response>
    [WolverinePost("/api/equity-schemes/{schemeId}/members", Name = "EnrolHousehold")]
    [Authorize(Policy = Policies.ManageFunds)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string schemeId,
        EnrolHousehold command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(
            Read.Existing<EquityScheme>(schemeId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            Read.Existing<Household>(command.HouseholdId),
            (scheme, household) => Decision.Append(schemeId, EnrolHousehold.Decide(command, scheme!, household!)),
            context,
            AnswerWith.Created(command.HouseholdId, $"/api/equity-schemes/{schemeId}", versionOf: schemeId));
}
