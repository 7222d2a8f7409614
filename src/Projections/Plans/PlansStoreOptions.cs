using Fupin.EventSourced.Domain.Indicators;
using Fupin.EventSourced.Domain.Plans;
using Fupin.EventSourced.Domain.Reports;
using Marten;

namespace Fupin.EventSourced.Projections.Plans;

public static class PlansStoreOptions
{
    /// <summary>Registers the indicator, plan and report streams' states with Marten (inline: a handful of small documents).</summary>
    public static StoreOptions ConfigurePlans(this StoreOptions options)
    {
        options.AddStreamState<Indicator>();
        options.AddStreamState<Plan>();
        options.AddStreamState<Report>();
        return options;
    }
}
