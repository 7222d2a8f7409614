using Fupin.EventSourced.Domain;
using JasperFx.Events.Projections;
using Marten;

namespace Fupin.EventSourced.Projections;

public static class EventStoreConventions
{
    /// <summary>
    /// Registers every <see cref="IDomainEvent"/> with Marten, so a projection rebuild or a fresh daemon reads
    /// events this process has not appended yet.
    /// </summary>
    public static StoreOptions RegisterDomainEvents(this StoreOptions options)
    {
        options.Events.AddEventTypes(typeof(IDomainEvent).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && type.IsAssignableTo(typeof(IDomainEvent))));
        return options;
    }

    /// <summary>The inline state document of a stream type, which commands decide on and its reads serve.</summary>
    public static StoreOptions AddStreamState<TState>(this StoreOptions options)
        where TState : class, IStreamState<TState>
    {
        options.Projections.Add(new StreamStateProjection<TState>(), ProjectionLifecycle.Inline);
        options.Schema.For<TState>().Identity(state => state.Id);
        return options;
    }
}
