using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Parks;
using Fupin.EventSourced.Domain.Parks.RecordingJobs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Parks.RecordingJobs;

public static class RecordParkJobsEndpoint
{
    /// <summary>Records jobs a park created for key villages.</summary>
    /// <remarks>
    /// Appends <c>ParkJobsRecorded</c>, which counts the jobs in <c>JobsCreated</c> for the park's division and the
    /// date's year. If-Match (the park's ETag) is optional; send an <c>Idempotency-Key</c> to make a retry safe.
    /// </remarks>
    /// <param name="parkId">The park's id.</param>
    /// <param name="ifMatch">Optional: the park's ETag.</param>
    /// <response code="201">Recorded; the body's id is the record's, <c>ETag</c> the park's new version.</response>
    /// <response code="400">A field is missing or invalid.</response>
    /// <response code="404">No such park.</response>
    /// <response code="412">The park changed since the version in If-Match.</response>
    [WolverinePost("/api/parks/{parkId}/jobs", Name = "RecordParkJobs")]
    [Authorize(Policy = Policies.OperateRegisters)]
    [ProducesResponseType<Written>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status412PreconditionFailed)]
    public static Task<IResult> Post(
        string parkId,
        RecordParkJobs command,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        CommandContext context,
        EventStreams streams)
    {
        var recordId = NewId.Next();
        return streams.Decide(Read.Existing<Park>(parkId, ExpectedVersion.FromOptionalIfMatch(ifMatch)),
            park => [RecordParkJobs.Decide(command, park!, recordId)], context,
            AnswerWith.Created(recordId, $"/api/parks/{parkId}", versionOf: parkId));
    }
}
