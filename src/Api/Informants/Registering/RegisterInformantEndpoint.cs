using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Informants;
using Fupin.EventSourced.Domain.Informants.Registering;
using Fupin.EventSourced.Domain.Villages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Informants.Registering;

public static class RegisterInformantEndpoint
{
    /// <summary>Registers a village informant (信息员) of a registered key village.</summary>
    /// <remarks>
    /// Starts the informant's stream under a server-issued id with <c>InformantRegistered</c>, belonging to the village,
    /// which must exist (404) and lie in the caller's division (403). Send an <c>Idempotency-Key</c> to make a retry safe.
    /// </remarks>
    /// <response code="201">Registered; <c>Location</c> names the new informant, <c>ETag</c> its version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    /// <response code="404">No such village.</response>
    [WolverinePost("/api/informants", Name = "RegisterInformant")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static Task<IResult> Post(RegisterInformant command, CommandContext context, EventStreams streams)
    {
        var informantId = NewId.Next();
        var village = Read.Existing<Village>(command.VillageCode);
        return streams.Decide([village],
            states => Decision.Start<Informant>(informantId, RegisterInformant.Decide(command, informantId, (Village)states(village.Id)!)),
            context, AnswerWith.Created(informantId, $"/api/informants/{informantId}"));
    }
}
