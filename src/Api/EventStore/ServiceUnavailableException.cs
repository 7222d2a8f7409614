namespace Fupin.EventSourced.Api.EventStore;

/// <summary>The service cannot take the request now, though it may shortly (HTTP 503 with Retry-After).</summary>
public sealed class ServiceUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
