namespace Fupin.EventSourced.Domain;

/// <summary>
/// Marks an event: an immutable fact named in the past tense. Every event type is registered with the event store
/// by this mark, so a rebuild in a fresh process can read events no code has appended yet. Once appended, an
/// event's shape only grows (new optional fields) or is upcast; it is never changed in place.
/// </summary>
public interface IDomainEvent;

/// <summary>An event of the streams whose state is <typeparamref name="TState"/>: their projection takes exactly these.</summary>
#pragma warning disable CA1040 // A marker interface on purpose: it ties an event type to its stream type at compile time.
public interface IEventOf<TState> : IDomainEvent where TState : class, IStreamState<TState>;
#pragma warning restore CA1040
