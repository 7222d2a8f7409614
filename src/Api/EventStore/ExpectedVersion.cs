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
    /// For commands that add a fact (an assignment, a withdrawal) rather than overwrite a value: If-Match is
    /// optional, and checked when sent. The decision always runs on the current state either way.
    /// </summary>
    public static long? FromOptionalIfMatch(string? ifMatch) => string.IsNullOrWhiteSpace(ifMatch) ? null : FromIfMatch(ifMatch);

    /// <summary>
    /// The version named by an <c>If-Match</c> header: 428 when absent, 400 when not one entity tag, 412 when a
    /// weak one.
    /// </summary>
    public static long FromIfMatch(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw new RequestException(ErrorCatalogue.VersionRequired,
                "Send If-Match with the ETag from your last read of this record.");
        }

        var tag = ifMatch.Trim();

        // If-Match compares strongly (RFC 9110 §13.1.1), and under the strong comparison a weak tag matches
        // nothing, not even the current version: the precondition fails.
        if (tag.StartsWith("W/", StringComparison.Ordinal) && IsOpaqueTag(tag[2..]))
        {
            throw new RequestException(ErrorCatalogue.VersionStale,
                "Weak entity tags never match If-Match; send the ETag exactly as read, e.g. \"3\".");
        }

        if (IsOpaqueTag(tag)
            && long.TryParse(tag.AsSpan(1, tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            && version > 0)
        {
            return version;
        }

        throw new RequestException(ErrorCatalogue.VersionInvalid,
            "If-Match must be one entity tag as returned in ETag, e.g. \"3\".");
    }

    /// <summary>One quoted tag: <c>"…"</c> with no quote inside, so a list of tags is not one.</summary>
    private static bool IsOpaqueTag(string tag) =>
        tag.Length >= 2 && tag[0] == '"' && tag[^1] == '"' && tag.AsSpan(1, tag.Length - 2).IndexOf('"') < 0;
}
