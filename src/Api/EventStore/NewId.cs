namespace Fupin.EventSourced.Api.EventStore;

/// <summary>Ids the server issues for streams and entities that are not places: Guid v7, so they sort by creation.</summary>
public static class NewId
{
    public static string Next() => Guid.CreateVersion7().ToString();
}
