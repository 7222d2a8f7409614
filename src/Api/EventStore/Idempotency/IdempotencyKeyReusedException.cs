namespace Fupin.EventSourced.Api.EventStore.Idempotency;

/// <summary>An <c>Idempotency-Key</c> came back with another request than the one it first answered (HTTP 422).</summary>
public sealed class IdempotencyKeyReusedException(string key)
    : Exception($"Idempotency-Key '{key}' was used for a different request; use a new key for a new request.");
