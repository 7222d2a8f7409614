namespace Fupin.EventSourced.Api.EventStore;

/// <summary>
/// A stream a decision read but did not append to changed before the decision committed. Like any write
/// conflict, the command is redone alone on fresh state.
/// </summary>
public sealed class ReadStreamChangedException(string streamId, long decidedOn, long now)
    : Exception($"Stream {streamId} moved from version {decidedOn} to {now} while a decision relied on it.");
