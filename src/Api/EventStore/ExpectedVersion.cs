using System.Globalization;
using Fupin.EventSourced.Api.Errors;

namespace Fupin.EventSourced.Api.EventStore;

/// <summary>
/// Optimistic concurrency over HTTP: a stream's version is its entity tag. Reads answer <c>ETag: "3"</c>;
/// a command that changes the stream must send <c>If-Match: "3"</c>, and is refused with 412 if the stream
/// has moved on.
/// </summary>
public static class ExpectedVersion
{
    public static string ETag(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// The version named by an <c>If-Match</c> header: 428 when absent, 400 when not one entity tag, 412 when a
    /// weak one.
    /// </summary>
    public static long FromIfMatch(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw new RequestException(StatusCodes.Status428PreconditionRequired, "If-Match required",
                "Send If-Match with the ETag from your last read of this record.", "version.required");
        }

        var tag = ifMatch.Trim();

        // If-Match compares strongly (RFC 9110 §13.1.1), and under the strong comparison a weak tag matches
        // nothing, not even the current version: the precondition fails.
        if (tag.StartsWith("W/", StringComparison.Ordinal) && IsOpaqueTag(tag[2..]))
        {
            throw new RequestException(StatusCodes.Status412PreconditionFailed, "Stale version",
                "Weak entity tags never match If-Match; send the ETag exactly as read, e.g. \"3\".", "version.stale");
        }

        if (IsOpaqueTag(tag)
            && long.TryParse(tag.AsSpan(1, tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            && version > 0)
        {
            return version;
        }

        throw new RequestException(StatusCodes.Status400BadRequest, "Invalid If-Match",
            "If-Match must be one entity tag as returned in ETag, e.g. \"3\".", "version.invalid");
    }

    /// <summary>One quoted tag: <c>"…"</c> with no quote inside, so a list of tags is not one.</summary>
    private static bool IsOpaqueTag(string tag) =>
        tag.Length >= 2 && tag[0] == '"' && tag[^1] == '"' && tag.AsSpan(1, tag.Length - 2).IndexOf('"') < 0;
}
