using JasperFx.Events;

namespace Fupin.EventSourced.Api.EventStore;

/// <summary>One event as stored, for auditors.</summary>
/// <param name="Sequence">Position in the whole store; gaps are possible and harmless.</param>
/// <param name="Version">Position in its stream, from 1.</param>
/// <param name="Type">Event type, e.g. <c>village_registered</c>.</param>
/// <param name="RecordedAt">When the database recorded it (not the business date, which is in <paramref name="Data"/>).</param>
/// <param name="RecordedBy">User id of the caller whose command appended it.</param>
/// <param name="Role">The caller's role at the time.</param>
/// <param name="CorrelationId">The request's correlation id.</param>
/// <param name="Data">The event itself.</param>
public sealed record RecordedEvent(
    long Sequence,
    long Version,
    string Type,
    DateTimeOffset RecordedAt,
    string? RecordedBy,
    string? Role,
    string? CorrelationId,
    object Data)
{
    public static RecordedEvent Of(IEvent e) => new(e.Sequence, e.Version, e.EventTypeName, e.Timestamp, e.UserName,
        e.GetHeader(CommandContext.RoleHeader)?.ToString(), e.CorrelationId, e.Data);
}
