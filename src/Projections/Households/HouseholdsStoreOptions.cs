using Fupin.EventSourced.Domain.Households;
using JasperFx.Events.Projections;
using Marten;

namespace Fupin.EventSourced.Projections.Households;

public static class HouseholdsStoreOptions
{
    /// <summary>Registers the household streams' states and read models with Marten.</summary>
    public static StoreOptions ConfigureHouseholds(this StoreOptions options)
    {
        options.AddStreamState<Household>();
        options.Schema.For<Household>()
            .Duplicate(h => h.VillageCode)
            .Duplicate(h => h.Status);
        options.AddStreamState<HeadIdentity>();

        options.Projections.Add<HouseholdYearCountsProjection>(ProjectionLifecycle.Async);
        options.Schema.For<HouseholdYearCounts>().Duplicate(c => c.Year);
        return options;
    }
}
