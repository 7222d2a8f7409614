using Fupin.EventSourced.Domain.Villages;
using JasperFx.Events.Projections;
using Marten;

namespace Fupin.EventSourced.Projections.Villages;

public static class VillagesStoreOptions
{
    /// <summary>Registers the village streams' projections and read models with Marten.</summary>
    public static StoreOptions ConfigureVillages(this StoreOptions options)
    {
        options.Projections.Add<VillageProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<CountyVillagesProjection>(ProjectionLifecycle.Async);
        options.Schema.For<Village>().Identity(v => v.Id);
        return options;
    }
}
