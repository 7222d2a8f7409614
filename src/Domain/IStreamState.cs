namespace Fupin.EventSourced.Domain;

/// <summary>
/// State built from one event stream: which stream, which version of it, and the division it belongs to.
/// Commands check a client's <c>If-Match</c> against <see cref="Version"/>; every read and write of the stream is
/// scope-checked against <see cref="DivisionCode"/>, so a stream that is not a place (an envoy, a project) is
/// protected the same way as one that is.
/// </summary>
public interface IStreamState
{
    /// <summary>The stream key: a village code, or a server-issued id.</summary>
    string Id { get; }

    long Version { get; }

    /// <summary>
    /// The province, city, county, township or village code the stream belongs to. It never changes once the
    /// stream has started, so it can be cached and, later, route the stream to its province's database.
    /// </summary>
    string DivisionCode { get; }
}

/// <summary>
/// A stream state that knows how it evolves. <see cref="Evolve"/> is the one place a stream's events are
/// applied: Marten's inline snapshot and the command door's check of a decision's outcome both call it.
/// </summary>
public interface IStreamState<TSelf> : IStreamState where TSelf : class, IStreamState<TSelf>
{
    /// <summary>The state after one more event; <paramref name="state"/> is null before the stream's first event.</summary>
    static abstract TSelf Evolve(TSelf? state, object @event);

    /// <summary>The refusal for a command or read addressing a stream of this kind that does not exist.</summary>
    static abstract DomainException NotFound(string id);
}
