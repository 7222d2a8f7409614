namespace Fupin.EventSourced.Api.EventStore;

/// <summary>The client decided on a version of the stream that is no longer current (HTTP 412).</summary>
public sealed class ExpectedVersionMismatchException(string streamKey, long expected, long actual)
    : Exception($"Stream {streamKey} is at version {actual}, not {expected}: read it again and retry.");
