using Fupin.EventSourced.Domain.Envoys;
using JasperFx.Events.Projections;
using Marten;

namespace Fupin.EventSourced.Projections.Envoys;

public static class EnvoysStoreOptions
{
    /// <summary>Registers the envoy streams' state and the coverage read models with Marten.</summary>
    public static StoreOptions ConfigureEnvoys(this StoreOptions options)
    {
        options.AddStreamState<Envoy>();
        options.Schema.For<Envoy>()
            .Duplicate(e => e.DivisionCode)
            .Duplicate(e => e.SelectedOn)
            .Duplicate(e => e.WithdrawnOn);

        options.Projections.Add<AssignmentPeriodProjection>(ProjectionLifecycle.Async);
        options.Schema.For<AssignmentPeriod>()
            .Duplicate(p => p.VillageCode)
            .Duplicate(p => p.From)
            .Duplicate(p => p.LastDay);
        return options;
    }
}
