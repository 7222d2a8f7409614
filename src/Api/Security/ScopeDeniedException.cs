namespace Fupin.EventSourced.Api.Security;

/// <summary>The caller's division does not cover a stream the request reads or writes (HTTP 403).</summary>
public sealed class ScopeDeniedException(string streamId)
    : Exception($"The record {streamId} belongs to a division outside the caller's scope.");
