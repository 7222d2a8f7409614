namespace Fupin.EventSourced.Api.EventStore;

/// <summary>Configuration section <c>EventStore:GroupCommit</c>.</summary>
public sealed class GroupCommitOptions
{
    public const string Section = "EventStore:GroupCommit";

    /// <summary>Most commands committed in one transaction. 1 turns group commit off.</summary>
    public int MaxBatchSize { get; set; } = 64;

    /// <summary>Transactions in flight at once; each takes one pooled connection while it runs.</summary>
    public int Writers { get; set; } = 2;

    /// <summary>Commands that may wait for a writer before new ones are answered 503.</summary>
    public int QueueCapacity { get; set; } = 4096;

    /// <summary>How often one command is retried alone after another writer changed its stream first.</summary>
    public int ConflictRetries { get; set; } = 3;
}
