using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Budgeting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Projects.Budgeting;

public static class ReviseBudgetEndpoint
{
    /// <summary>Revises one year's budget for one line of a project; the original stays on record.</summary>
    /// <remarks>Appends <c>ProjectBudgetRevised</c> with the amount it replaces and the reason. Send the project's current <c>ETag</c> in <c>If-Match</c>.</remarks>
    /// <param name="projectId">The project's id.</param>
    /// <param name="ifMatch">The project's current ETag, e.g. <c>"3"</c>.</param>
    /// <response code="200">Revised; <c>ETag</c> carries the project's new version.</response>
    /// <response code="404">No project with this id.</response>
    /// <response code="412">The project changed since the version in If-Match.</response>
    /// <response code="422">The amount is unchanged, the year is outside the project's period, or the line has spent more.</response>
    /// <response code="428">If-Match is missing.</response>
    [WolverinePost("/api/projects/{projectId}/budget-revisions", Name = "ReviseBudget")]
    [Authorize(Policy = Policies.ManageFunds)]
    [ProducesResponseType<Written>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType(StatusCodes.Status428PreconditionRequired)]
    public static Task<IResult> Post(
        string projectId,
        ReviseBudget command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams) =>
        streams.Decide(Read.Existing<Project>(projectId, ExpectedVersion.FromIfMatch(ifMatch)),
            project => [ReviseBudget.Decide(command, project!)], context, AnswerWith.Changed(projectId));
}
