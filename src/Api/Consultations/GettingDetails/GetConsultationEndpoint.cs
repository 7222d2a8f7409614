using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Consultations;
using Fupin.EventSourced.Domain.Envoys;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Consultations.GettingDetails;

/// <summary>A consultation: the question and, once given, the answer.</summary>
/// <param name="Id">Server-issued id.</param>
/// <param name="VillageCode">The key village the question came from.</param>
/// <param name="Channel">Online, by phone or in person.</param>
/// <param name="Field">The professional field.</param>
/// <param name="Question">The question.</param>
/// <param name="InformantId">The informant who relayed it, if one did.</param>
/// <param name="AskedAt">The instant it was asked.</param>
/// <param name="AskedOn">Its business date.</param>
/// <param name="Answer">The answer, or null while it awaits one.</param>
/// <param name="Version">Stream version; also the <c>ETag</c>.</param>
public sealed record ConsultationView(
    string Id,
    string VillageCode,
    ConsultationChannel Channel,
    Specialty Field,
    string Question,
    string? InformantId,
    DateTimeOffset AskedAt,
    DateOnly AskedOn,
    ConsultationAnswer? Answer,
    long Version);

public static class GetConsultationEndpoint
{
    /// <summary>Reads one consultation.</summary>
    /// <param name="consultationId">The consultation's id.</param>
    /// <response code="200">The consultation; <c>ETag</c> carries its version.</response>
    /// <response code="404">No consultation with this id.</response>
    [WolverineGet("/api/consultations/{consultationId}", Name = "GetConsultation")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<ConsultationView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<ConsultationView> Get(string consultationId, IQuerySession session, HttpResponse response)
    {
        var c = await session.LoadAsync<Consultation>(consultationId) ?? throw Consultation.NotFound(consultationId);
        response.Headers.ETag = ExpectedVersion.ETag(c.Version);
        return new ConsultationView(c.Id, c.DivisionCode, c.Channel, c.Field, c.Question, c.InformantId, c.AskedAt, c.AskedOn, c.Answer, c.Version);
    }
}
