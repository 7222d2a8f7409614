namespace Fupin.EventSourced.Domain;

/// <summary>
/// State built from one event stream, knowing which stream and which version of it it reflects. Commands check
/// a client's <c>If-Match</c> against <see cref="Version"/> and append with it as the expected version.
/// </summary>
public interface IStreamState
{
    /// <summary>The stream key, e.g. a village code.</summary>
    string Id { get; }

    long Version { get; }
}
