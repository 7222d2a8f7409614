using System.Globalization;
using Fupin.EventSourced.Api.Errors;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.TownshipPlans;
using Fupin.EventSourced.Domain.TownshipPlans.ReportingProgress;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.TownshipPlans.ReportingProgress;

public static class ReportTaskProgressEndpoint
{
    /// <summary>Reports progress on a task of a township plan.</summary>
    /// <remarks>
    /// Appends <c>TaskProgressReported</c> to the plan; a report with status <c>Completed</c> completes the task, and
    /// no report follows it. If-Match (the plan's ETag) is optional. Send an <c>Idempotency-Key</c> to make a retry safe.
    /// </remarks>
    /// <param name="planId">The plan's id.</param>
    /// <param name="taskNumber">The task's number in the plan, e.g. <c>4</c>.</param>
    /// <param name="ifMatch">Optional: the plan's ETag.</param>
    /// <response code="201">Reported; the body's id is the report's, <c>ETag</c> the plan's new version.</response>
    /// <response code="400">A field or the task number is invalid.</response>
    /// <response code="404">No such plan, or no such task in it.</response>
    /// <response code="409">The task is already completed.</response>
    /// <response code="412">The plan changed since the version in If-Match.</response>
    /// <response code="422">The report is dated before the plan's adoption or the task's previous report.</response>
    [WolverinePost("/api/township-plans/{planId}/tasks/{taskNumber}/progress", Name = "ReportTaskProgress")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Post(
        string planId,
        string taskNumber,
        ReportTaskProgress command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams)
    {
        var number = int.TryParse(taskNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
            ? parsed
            : throw new RequestException(ErrorCatalogue.RequestInvalid, "The task number must be a positive whole number.");
        var reportId = NewId.Next();
        return streams.Decide(Read.Existing<TownshipPlan>(planId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            plan => [ReportTaskProgress.Decide(command, plan!, number, reportId)], context,
            AnswerWith.Created(reportId, $"/api/township-plans/{planId}", versionOf: planId));
    }
}
