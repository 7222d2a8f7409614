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
        // The coverage counts read only these three columns for a range of division codes: with the dates in the
        // division index they are answered from the index alone, not from the envoy documents, which grow with
        // every assignment (a province's envoys were a page read each).
        options.Schema.For<Envoy>()
            .Duplicate(e => e.DivisionCode, configure: index => index.IncludeColumns = ["selected_on", "withdrawn_on"])
            .Duplicate(e => e.SelectedOn)
            .Duplicate(e => e.WithdrawnOn);

        options.Projections.Add<AssignmentPeriodProjection>(ProjectionLifecycle.Async);
        // Likewise the periods of a range of village codes: documents are written in the order the daemon
        // meets the assignments, not by village, so without the dates in the index every matching row was a page.
        options.Schema.For<AssignmentPeriod>()
            .Duplicate(p => p.VillageCode, configure: index => index.IncludeColumns = ["\"from\"", "last_day"])
            .Duplicate(p => p.From)
            .Duplicate(p => p.LastDay);
        return options;
    }
}
