using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Projections;
using JasperFx.Events.Projections;

namespace Fupin.EventSourced.Api.Tests.Hosting;

public class StreamStateProjectionTests
{
    public static TheoryData<Type> StreamStates() =>
        [.. typeof(IDomainEvent).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces()
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IStreamState<>)))];

    /// <summary>
    /// An interface among a projection's event types (the fund events' <c>IChainedEvent</c>) made the daemon drop its
    /// type filter: a rebuild of <c>Project</c> was handed every training and consultation in the store and failed.
    /// </summary>
    [Theory]
    [MemberData(nameof(StreamStates))]
    public void A_stream_states_projection_takes_its_own_concrete_event_types_only(Type state)
    {
        var projection = (EventFilterable)Activator.CreateInstance(typeof(StreamStateProjection<>).MakeGenericType(state))!;
        var eventOf = typeof(IEventOf<>).MakeGenericType(state);

        projection.IncludedEventTypes.Should().NotBeEmpty()
            .And.OnlyContain(t => t.IsClass && !t.IsAbstract && t.IsAssignableTo(eventOf));
    }
}
