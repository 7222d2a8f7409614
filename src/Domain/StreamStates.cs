using System.Diagnostics.CodeAnalysis;

namespace Fupin.EventSourced.Domain;

/// <summary>Guards shared by every aggregate's <c>Evolve</c>: events out of order fail loudly, never silently.</summary>
public static class StreamStates
{
    /// <summary>The state an event after the first one applies to; a stream cannot continue before it starts.</summary>
    public static TState Started<TState>([NotNull] TState? state, object @event) where TState : class =>
        state ?? throw new InvalidOperationException(
            $"{@event.GetType().Name} cannot be applied before the {typeof(TState).Name} stream has started.");

    public static InvalidOperationException Unexpected<TState>(TState? state, object @event) where TState : class =>
        new($"{typeof(TState).Name} does not know the event {@event.GetType().Name}" +
            (state is null ? " as its first event." : "."));
}
