using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Fupin.EventSourced.Faults.Tests.Infrastructure;

/// <summary>Sends the clients' requests and records each as an <see cref="Outcome"/> on the test's clock.</summary>
public sealed class RequestRecorder(Stopwatch clock)
{
    private const string ReplayedHeader = "Idempotent-Replayed";

    private readonly ConcurrentQueue<Outcome> _outcomes = new();

    public int Count => _outcomes.Count;

    /// <summary>Every outcome so far, in the order sent.</summary>
    public IReadOnlyList<Outcome> InOrderSent() => [.. _outcomes.OrderBy(o => o.StartedAt)];

    /// <summary>
    /// Sends what <paramref name="build"/> makes (with <paramref name="idempotencyKey"/>, when given) and records the
    /// answer, or why none came.
    /// </summary>
    public async Task<Outcome> SendAsync(
        int client, ApiNode node, HttpClient http, CommandKind kind, string code, string? name, long? ifMatch,
        Func<HttpRequestMessage> build, string? idempotencyKey = null)
    {
        using var request = build();
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        var started = clock.Elapsed;
        int? status = null;
        string? mediaType = null, retryAfter = null, transport = null, location = null, body = null;
        long? version = null;
        var replayed = false;
        try
        {
            // In-flight requests are never cancelled by the test: each ends with an answer, a cut or the timeout.
            using var response = await http.SendAsync(request, CancellationToken.None);
            body = await response.Content.ReadAsStringAsync(CancellationToken.None);
            status = (int)response.StatusCode;
            mediaType = response.Content.Headers.ContentType?.MediaType;
            retryAfter = response.Headers.RetryAfter?.ToString();
            version = ParseETag(response.Headers.ETag?.Tag);
            location = response.Headers.Location?.OriginalString;
            replayed = response.Headers.TryGetValues(ReplayedHeader, out var values) && values.Contains("true");
        }
        catch (HttpRequestException cut)
        {
            transport = cut.HttpRequestError.ToString();
        }
        catch (TaskCanceledException)
        {
            transport = "Timeout";
        }

        var (error, answeredName, answeredId) = ReadBody(mediaType, body ?? "");
        // Only a keyed command's body is kept: it is compared with the replays of its key.
        var outcome = new Outcome(client, node.Name, kind, code, name, ifMatch, started, clock.Elapsed - started,
            status, mediaType, retryAfter, version, error, transport, answeredName,
            idempotencyKey, replayed, answeredId, location, idempotencyKey is null ? null : body);
        _outcomes.Enqueue(outcome);
        return outcome;
    }

    private static long? ParseETag(string? tag) =>
        tag is { Length: > 2 } && long.TryParse(tag.AsSpan(1, tag.Length - 2), NumberStyles.None,
            CultureInfo.InvariantCulture, out var version)
            ? version
            : null;

    private static (string? Error, string? Name, string? Id) ReadBody(string? mediaType, string body)
    {
        if (mediaType is not ("application/json" or "application/problem+json") || body.Length == 0)
        {
            return (null, null, null);
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            return (Property(root, "error"), Property(root, "name"), Property(root, "id"));
        }
        catch (JsonException)
        {
            return ("unparseable-body", null, null);
        }

        static string? Property(JsonElement root, string name) =>
            root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value)
                                                  && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
    }
}
