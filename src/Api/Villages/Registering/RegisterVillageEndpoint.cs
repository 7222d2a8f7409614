using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Domain.Villages.Registering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Villages.Registering;

public static class RegisterVillageEndpoint
{
    /// <summary>Registers a key village.</summary>
    /// <remarks>
    /// Starts the village's event stream with <c>VillageRegistered</c>. The caller's division must cover the
    /// village code. Answers 409 if the code is already registered.
    /// </remarks>
    /// <response code="201">Registered; <c>Location</c> and <c>ETag</c> name the new village and its version.</response>
    /// <response code="400">The code is not 12 digits, or a name is empty or too long.</response>
    /// <response code="409">A village with this code is already registered.</response>
    [WolverinePost("/api/villages", Name = "RegisterVillage")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public static Task<IResult> Post(RegisterVillage command, CommandContext context, EventStreams streams) =>
        streams.Decide(Read.Maybe<Village>(command.Code), village => [RegisterVillage.Decide(command, village)], context,
            AnswerWith.Created(command.Code, $"/api/villages/{command.Code}"));
}
