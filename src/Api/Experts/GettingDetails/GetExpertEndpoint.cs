using System.Security.Claims;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Experts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Experts.GettingDetails;

public static class GetExpertEndpoint
{
    /// <summary>Reads one expert of the registry; the phone is masked unless the caller is an operator or admin.</summary>
    /// <param name="expertId">The expert's id.</param>
    /// <response code="200">The expert; <c>ETag</c> carries its version for If-Match.</response>
    /// <response code="404">No expert with this id.</response>
    [WolverineGet("/api/experts/{expertId}", Name = "GetExpert")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<ExpertView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<ExpertView> Get(string expertId, ClaimsPrincipal user, IQuerySession session, HttpContext http)
    {
        var expert = await session.LoadAsync<Expert>(expertId, http.RequestAborted) ?? throw Expert.NotFound(expertId);
        http.Response.Headers.ETag = ExpectedVersion.ETag(expert.Version);
        return ExpertView.Of(expert, user);
    }
}
