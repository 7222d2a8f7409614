using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Demands.Registering;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Villages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Demands.Registering;

public static class RegisterDemandEndpoint
{
    /// <summary>Enters a key village's technology demand, or one of its households', into the demand registry.</summary>
    /// <remarks>
    /// Reads the village (and the household, when given) in the same transaction and starts the demand's stream
    /// under a server-issued id with <c>DemandRegistered</c>. The caller's division must cover the village. Send an
    /// <c>Idempotency-Key</c> to make a retry safe.
    /// </remarks>
    /// <response code="201">Registered; <c>Location</c> names the demand, <c>ETag</c> its version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    /// <response code="404">No such village or household.</response>
    /// <response code="422">The household lives in another village.</response>
    [WolverinePost("/api/demands", Name = "RegisterDemand")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(RegisterDemand command, CommandContext context, EventStreams streams)
    {
        var demandId = NewId.Next();
        List<StreamRead> reads = [Read.Existing<Village>(command.VillageCode)];
        if (command.HouseholdId is { } householdId)
        {
            reads.Add(Read.Existing<Household>(householdId));
        }

        return streams.Decide(reads,
            state => RegisterDemand.Decide(command, demandId, (Village)state(command.VillageCode)!,
                command.HouseholdId is { } id ? (Household?)state(id) : null),
            context, AnswerWith.Created(demandId, $"/api/demands/{demandId}"));
    }
}
