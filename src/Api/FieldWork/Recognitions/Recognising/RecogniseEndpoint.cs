using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.FieldWork.Recognitions.Recognising;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Villages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.FieldWork.Recognitions.Recognising;

public static class RecogniseEndpoint
{
    /// <summary>Recognises a tech leader or demonstration household in a key village.</summary>
    /// <remarks>
    /// Reads the village and, when one is linked, the registered household (which must live there); the caller's
    /// division must cover both. Starts the recognition's stream under a server-issued id with <c>Recognised</c>,
    /// which counts one in <c>TechLeadersRecognised</c> or <c>DemonstrationHouseholdsRecognised</c> for the
    /// village and the date's year. Send an <c>Idempotency-Key</c> to make a retry safe.
    /// </remarks>
    /// <response code="201">Recognised; the body's id is the recognition's.</response>
    /// <response code="400">A field is missing or invalid.</response>
    /// <response code="404">No such village or household.</response>
    /// <response code="422">The household lives in another village.</response>
    [WolverinePost("/api/recognitions", Name = "Recognise")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(Recognise command, CommandContext context, EventStreams streams)
    {
        var id = NewId.Next();
        var answer = AnswerWith.Created(id, $"/api/recognitions/{id}");
        var village = Read.Existing<Village>(command.VillageCode);
        return command.HouseholdId is { } householdId
            ? streams.Decide(village, Read.Existing<Household>(householdId), (v, h) => Recognise.Decide(command, id, v!, h), context, answer)
            : streams.Decide([village], states => Recognise.Decide(command, id, (Village)states(village.Id)!, null), context, answer);
    }
}
