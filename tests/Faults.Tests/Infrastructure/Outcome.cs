namespace Fupin.EventSourced.Faults.Tests.Infrastructure;

public enum CommandKind
{
    /// <summary>
    /// <c>POST /api/villages</c> with a fresh code; a keyed client sends it again under the same key, as the same
    /// kind, until it is answered.
    /// </summary>
    Register,

    /// <summary><c>POST /api/villages</c> again with a code whose first answer was not definite (503, cut off).</summary>
    RetryRegister,

    /// <summary><c>POST /api/villages/{code}/name-corrections</c> with the version the client last saw.</summary>
    Correct,

    /// <summary><c>GET /api/villages/{code}</c> to learn the version after an answer that was not definite.</summary>
    Read,

    /// <summary><c>POST /api/envoys</c> under a fresh Idempotency-Key: the server issues the envoy's id.</summary>
    RegisterEnvoy,

    /// <summary><c>POST /api/envoys/{id}/assignments</c> under a fresh Idempotency-Key: the server issues the assignment's id.</summary>
    AssignEnvoy,
}

/// <summary>One request a client loop sent and what came back.</summary>
/// <param name="Client">The client loop that sent it.</param>
/// <param name="Node">The API node it was sent to.</param>
/// <param name="Kind">What it asked for.</param>
/// <param name="VillageCode">The village it concerns; for an envoy's registration, the envoy's (unique) name.</param>
/// <param name="Name">The name it registers or corrects to (null for a read).</param>
/// <param name="IfMatch">The version sent in If-Match (corrections).</param>
/// <param name="StartedAt">When it was sent, on the test's clock.</param>
/// <param name="Latency">How long until the whole answer (or the failure) arrived.</param>
/// <param name="Status">HTTP status; null when no answer came (connection refused or cut, timeout).</param>
/// <param name="MediaType">The answer's content type.</param>
/// <param name="RetryAfter">The answer's Retry-After header.</param>
/// <param name="Version">The version in the answer's ETag.</param>
/// <param name="ErrorCode">The problem's <c>error</c> extension.</param>
/// <param name="Transport">Why no answer came, when none did.</param>
/// <param name="AnsweredName">The village name a read answered.</param>
/// <param name="IdempotencyKey">The Idempotency-Key it was sent with, if any.</param>
/// <param name="Replayed">The answer came with <c>Idempotent-Replayed: true</c>.</param>
/// <param name="AnsweredId">The <c>id</c> of a command's answer body.</param>
/// <param name="Location">The answer's Location header.</param>
/// <param name="Body">The answer's body as received, for comparing a replay with the first answer.</param>
public sealed record Outcome(
    int Client,
    string Node,
    CommandKind Kind,
    string VillageCode,
    string? Name,
    long? IfMatch,
    TimeSpan StartedAt,
    TimeSpan Latency,
    int? Status,
    string? MediaType,
    string? RetryAfter,
    long? Version,
    string? ErrorCode,
    string? Transport,
    string? AnsweredName,
    string? IdempotencyKey = null,
    bool Replayed = false,
    string? AnsweredId = null,
    string? Location = null,
    string? Body = null)
{
    public TimeSpan EndedAt => StartedAt + Latency;

    public bool IsCommand => Kind is not CommandKind.Read;

    public bool IsSuccess => Status is >= 200 and < 300;

    public bool IsUnavailable => Status == 503;

    public bool NoAnswer => Status is null;

    /// <summary>An answer a client acts on: anything but no answer or a 503, which say nothing about the command.</summary>
    public bool IsDefinite => Status is not null and not 503;

    /// <summary>Overlaps the interval [from, to] on the test's clock.</summary>
    public bool Overlaps(TimeSpan from, TimeSpan to) => StartedAt <= to && EndedAt >= from;

    public override string ToString() =>
        $"{Kind} {VillageCode} on {Node} by client {Client} at {StartedAt.TotalSeconds:F2}s " +
        $"took {Latency.TotalMilliseconds:F0}ms: {Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Transport} " +
        $"{MediaType} {ErrorCode}{(IdempotencyKey is null ? "" : $" key {IdempotencyKey}{(Replayed ? " replayed" : "")}")}";
}
