using Fupin.EventSourced.Domain.Villages;
using JasperFx.Events.Projections;
using Marten;

namespace Fupin.EventSourced.Projections.Villages;

public static class VillagesStoreOptions
{
    /// <summary>Registers the village streams' projections and read models with Marten.</summary>
    public static StoreOptions ConfigureVillages(this StoreOptions options)
    {
        options.AddStreamState<Village>();
        options.Projections.Add<CountyVillageCountProjection>(ProjectionLifecycle.Async);

        // A county's villages are listed from the inline documents, so the list is never behind a command.
        options.Schema.For<Village>().Index(v => v.CountyCode);
        return options;
    }
}
