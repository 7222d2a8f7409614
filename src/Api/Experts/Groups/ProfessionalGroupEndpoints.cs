using System.Security.Claims;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Experts;
using Fupin.EventSourced.Domain.Experts.Groups;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Experts.Groups;

/// <summary>A professional group with its experts.</summary>
/// <param name="Id">Server-issued id.</param>
/// <param name="Name">The group's name.</param>
/// <param name="Field">The field it serves.</param>
/// <param name="DivisionCode">The city or county that formed it.</param>
/// <param name="LeaderExpertId">The expert who leads it.</param>
/// <param name="FormedOn">The day it was formed.</param>
/// <param name="Experts">Its members now, the leader among them, by name.</param>
/// <param name="Version">Stream version; also the <c>ETag</c>.</param>
public sealed record ProfessionalGroupView(
    string Id,
    string Name,
    Specialty Field,
    string DivisionCode,
    string LeaderExpertId,
    DateOnly FormedOn,
    IReadOnlyList<ExpertView> Experts,
    long Version);

public static class FormProfessionalGroupEndpoint
{
    /// <summary>Forms a professional group of the expert service team, led by an expert of the registry.</summary>
    /// <remarks>
    /// Reads the leader's stream, starts the group's stream with <c>ProfessionalGroupFormed</c> and appends
    /// <c>ExpertJoinedGroup</c> to the leader's, in one transaction. The caller's division must cover both.
    /// </remarks>
    /// <response code="201">Formed; <c>Location</c> names the group, <c>ETag</c> its version.</response>
    /// <response code="404">No such leader in the registry.</response>
    /// <response code="409">The leader is already in a group.</response>
    /// <response code="422">The leader is kept outside the group's division, or registered after the formation date.</response>
    [WolverinePost("/api/professional-groups", Name = "FormProfessionalGroup")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(FormProfessionalGroup command, CommandContext context, EventStreams streams)
    {
        var groupId = NewId.Next();
        return streams.Decide([Read.Existing<Expert>(command.LeaderExpertId)],
            state => FormProfessionalGroup.Decide(command, groupId, (Expert)state(command.LeaderExpertId)!), context,
            AnswerWith.Created(groupId, $"/api/professional-groups/{groupId}"));
    }
}

public static class AddExpertToGroupEndpoint
{
    /// <summary>Adds an expert of the registry to a professional group.</summary>
    /// <remarks>
    /// Decides on the group and the expert together: appends <c>ExpertJoinedGroup</c> to the expert's stream (an
    /// expert is in one group at a time) and holds the group's, which it only reads, under a share lock. The answer
    /// reports the expert's id and new version.
    /// </remarks>
    /// <param name="groupId">The group's id.</param>
    /// <response code="200">Added; the body and <c>ETag</c> carry the expert's new version.</response>
    /// <response code="404">No such group or expert.</response>
    /// <response code="409">The expert is already in a group.</response>
    /// <response code="422">The expert is kept outside the group's division, or the date precedes the registration, formation or last membership.</response>
    [WolverinePost("/api/professional-groups/{groupId}/members", Name = "AddExpertToGroup")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(string groupId, AddExpertToGroup command, CommandContext context, EventStreams streams) =>
        streams.Decide(Read.Existing<ProfessionalGroup>(groupId), Read.Existing<Expert>(command.ExpertId),
            (group, expert) => Decision.Append(command.ExpertId, AddExpertToGroup.Decide(command, group!, expert!)), context,
            AnswerWith.Changed(command.ExpertId));
}

public static class RemoveExpertFromGroupEndpoint
{
    /// <summary>Takes an expert out of their professional group.</summary>
    /// <remarks>Appends <c>ExpertLeftGroup</c> to the expert's stream; the group's leader cannot leave. If-Match (the expert's ETag) is optional.</remarks>
    /// <param name="groupId">The group's id.</param>
    /// <param name="expertId">The expert's id.</param>
    /// <param name="ifMatch">Optional: the expert's ETag, to remove them only if nothing changed since.</param>
    /// <response code="200">Removed; the body and <c>ETag</c> carry the expert's new version.</response>
    /// <response code="404">No such group or expert.</response>
    /// <response code="412">The expert changed since the version in If-Match.</response>
    /// <response code="422">The expert is not in this group, leads it, or joined it after the date.</response>
    [WolverinePost("/api/professional-groups/{groupId}/members/{expertId}/removal", Name = "RemoveExpertFromGroup")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string groupId,
        string expertId,
        RemoveExpertFromGroup command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(Read.Existing<ProfessionalGroup>(groupId), Read.Existing<Expert>(expertId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            (group, expert) => Decision.Append(expertId, RemoveExpertFromGroup.Decide(command, group!, expert!)), context,
            AnswerWith.Changed(expertId));
}

public static class GetProfessionalGroupEndpoint
{
    /// <summary>Reads a professional group with its experts; phones are masked unless the caller is an operator or admin.</summary>
    /// <param name="groupId">The group's id.</param>
    /// <response code="200">The group; <c>ETag</c> carries its version.</response>
    /// <response code="404">No group with this id.</response>
    [WolverineGet("/api/professional-groups/{groupId}", Name = "GetProfessionalGroup")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<ProfessionalGroupView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<ProfessionalGroupView> Get(string groupId, ClaimsPrincipal user, IQuerySession session, HttpContext http)
    {
        var group = await session.LoadAsync<ProfessionalGroup>(groupId, http.RequestAborted) ?? throw ProfessionalGroup.NotFound(groupId);
        var experts = await session.Query<Expert>().Where(e => e.GroupId == groupId).OrderBy(e => e.Name).ThenBy(e => e.Id)
            .ToListAsync(http.RequestAborted);
        http.Response.Headers.ETag = ExpectedVersion.ETag(group.Version);
        return new ProfessionalGroupView(group.Id, group.Name, group.Field, group.DivisionCode, group.LeaderExpertId, group.FormedOn,
            [.. experts.Select(e => ExpertView.Of(e, user))], group.Version);
    }
}
