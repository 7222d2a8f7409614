using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Consultations;
using Fupin.EventSourced.Domain.Consultations.Asking;
using Fupin.EventSourced.Domain.Informants;
using Fupin.EventSourced.Domain.Villages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Consultations.Asking;

public static class AskConsultationEndpoint
{
    /// <summary>Records a question from a farmer, or relayed by an informant, of a key village.</summary>
    /// <remarks>
    /// Starts the consultation's stream under a server-issued id with <c>ConsultationAsked</c>, belonging to the village.
    /// Reads the village and, when named, the informant in the same transaction: each must exist (404) and lie in the
    /// caller's division (403). Takes no farmer's name or phone. Send an <c>Idempotency-Key</c> to make a retry safe.
    /// </remarks>
    /// <response code="201">Recorded; <c>Location</c> names the new consultation, <c>ETag</c> its version.</response>
    /// <response code="400">A field is missing or invalid (a business date that is not the question's date in China, say).</response>
    /// <response code="404">No such village or informant.</response>
    /// <response code="422">The question lies in the future, or the informant is of another village or registered later.</response>
    [WolverinePost("/api/consultations", Name = "AskConsultation")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(AskConsultation command, CommandContext context, EventStreams streams, TimeProvider clock)
    {
        var consultationId = NewId.Next();
        var village = Read.Existing<Village>(command.VillageCode);
        var informant = command.InformantId is { } informantId ? Read.Existing<Informant>(informantId) : null;
        return streams.Decide(informant is null ? [village] : [village, informant],
            states => Decision.Start<Consultation>(consultationId, AskConsultation.Decide(command, consultationId,
                (Village)states(village.Id)!, informant is null ? null : (Informant)states(informant.Id)!, clock.GetUtcNow())),
            context, AnswerWith.Created(consultationId, $"/api/consultations/{consultationId}"));
    }
}
