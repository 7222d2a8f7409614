namespace Fupin.EventSourced.Api.EventStore.Idempotency;

/// <summary>Configuration section <c>Idempotency</c>.</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>How long a key's first answer is kept for retries. After that the key may be used again.</summary>
    public TimeSpan KeyLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often expired keys are deleted.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(10);
}
