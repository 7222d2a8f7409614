namespace Fupin.EventSourced.Api.EventStore;

/// <summary>The answer to every command: what it created or changed, and the version of the stream that holds it now.</summary>
/// <param name="Id">The id of what the command created or changed: a village code, an envoy id, an assignment id.</param>
/// <param name="Version">The version of the stream it lives in, also sent as <c>ETag</c>; send it back in <c>If-Match</c>.</param>
public sealed record Written(string Id, long Version);
