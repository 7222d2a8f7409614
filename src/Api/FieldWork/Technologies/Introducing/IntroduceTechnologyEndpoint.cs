using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.FieldWork.Technologies.Introducing;
using Fupin.EventSourced.Domain.Villages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.FieldWork.Technologies.Introducing;

public static class IntroduceTechnologyEndpoint
{
    /// <summary>Records a new variety or technique introduced to a key village.</summary>
    /// <remarks>
    /// Reads the village (it must be a registered key village; the caller's division must cover it) and starts the record's stream under a server-issued id with <c>TechnologyIntroduced</c>, which counts one in <c>TechnologiesIntroduced</c> for the village and the date's year.
    /// Send an <c>Idempotency-Key</c> to make a retry safe: without one, a retried request records the fact twice.
    /// </remarks>
    /// <response code="201">Recorded; the body's id is the record's, <c>ETag</c> its version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    /// <response code="404">No such village.</response>
    [WolverinePost("/api/technology-introductions", Name = "IntroduceTechnology")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static Task<IResult> Post(IntroduceTechnology command, CommandContext context, EventStreams streams)
    {
        var id = NewId.Next();
        var village = Read.Existing<Village>(command.VillageCode);
        return streams.Decide([village], states => IntroduceTechnology.Decide(command, id, (Village)states(village.Id)!), context,
            AnswerWith.Created(id, $"/api/technology-introductions/{id}"));
    }
}
