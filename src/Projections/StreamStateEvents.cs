using Fupin.EventSourced.Domain;

namespace Fupin.EventSourced.Projections;

/// <summary>The concrete event types of a stream type: those that implement <c>IEventOf&lt;TState&gt;</c>.</summary>
public static class StreamStateEvents
{
    public static IReadOnlyList<Type> Of(Type state)
    {
        var marker = typeof(IEventOf<>).MakeGenericType(state);
        return [.. state.Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(marker))];
    }
}
