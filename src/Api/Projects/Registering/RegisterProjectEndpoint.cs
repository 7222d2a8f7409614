using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Projects.Registering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Projects.Registering;

public static class RegisterProjectEndpoint
{
    /// <summary>Registers a funded S&amp;T poverty-alleviation project with its contract budget.</summary>
    /// <remarks>
    /// Starts the project's stream under a server-issued id with <c>ProjectRegistered</c>, the first link of the
    /// project's hash chain. The caller's division must cover the project's. Send an <c>Idempotency-Key</c> to make a
    /// retry safe: without one, a retried registration registers the project twice.
    /// </remarks>
    /// <response code="201">Registered; <c>Location</c> names the new project, <c>ETag</c> its version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    [WolverinePost("/api/projects", Name = "RegisterProject")]
    [Authorize(Policy = Policies.ManageFunds)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static Task<IResult> Post(RegisterProject command, CommandContext context, EventStreams streams)
    {
        var projectId = NewId.Next();
        return streams.Decide([], _ => RegisterProject.Decide(command, projectId), context,
            AnswerWith.Created(projectId, $"/api/projects/{projectId}"));
    }
}
