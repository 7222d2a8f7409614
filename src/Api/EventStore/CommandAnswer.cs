using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Fupin.EventSourced.Api.EventStore;

/// <summary>How an endpoint wants a successful command answered: its status, the id it reports and where that lives.</summary>
/// <param name="Status">201 for a command that creates something, else 200.</param>
/// <param name="Id">The id the answer reports (<see cref="Written.Id"/>).</param>
/// <param name="VersionOf">The stream whose version the answer reports and sends as <c>ETag</c>.</param>
/// <param name="Location">The created resource, for 201.</param>
public sealed record AnswerWith(int Status, string Id, string VersionOf, string? Location = null)
{
    public static AnswerWith Created(string id, string location, string? versionOf = null) =>
        new(StatusCodes.Status201Created, id, versionOf ?? id, location);

    public static AnswerWith Changed(string id, string? versionOf = null) => new(StatusCodes.Status200OK, id, versionOf ?? id);
}

/// <summary>
/// A command's answer: status, <see cref="Written"/> body, <c>ETag</c> and <c>Location</c>. The same answer is stored
/// with the command's idempotency key and replayed, byte for byte, to a retry.
/// </summary>
public sealed record CommandAnswer(int Status, Written Written, string? Location, bool Replayed = false) : IResult
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = Status;
        response.Headers.ETag = ExpectedVersion.ETag(Written.Version);
        if (Location is not null)
        {
            response.Headers.Location = Location;
        }

        if (Replayed)
        {
            response.Headers[ReplayedHeader] = "true";
        }

        var json = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        await response.WriteAsJsonAsync(Written, json, httpContext.RequestAborted);
    }

    public static CommandAnswer Of(AnswerWith answer, long version) => new(answer.Status, new Written(answer.Id, version), answer.Location);
}
