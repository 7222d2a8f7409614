using Fupin.EventSourced.Domain.Demands;
using Fupin.EventSourced.Domain.Experts;
using Fupin.EventSourced.Domain.Technologies;
using Marten;

namespace Fupin.EventSourced.Projections.Registries;

public static class RegistriesStoreOptions
{
    /// <summary>Registers the expert, professional group, technology and demand streams' states with Marten.</summary>
    public static StoreOptions ConfigureRegistries(this StoreOptions options)
    {
        options.AddStreamState<Expert>();
        // A group's members are the experts whose state names it.
        options.Schema.For<Expert>().Duplicate(e => e.GroupId!);
        options.AddStreamState<ProfessionalGroup>();

        // The registry of a division is read by a range of division codes, in registration order.
        options.AddStreamState<Technology>();
        options.Schema.For<Technology>()
            .Duplicate(t => t.DivisionCode, configure: index => index.IncludeColumns = ["registered_on"])
            .Duplicate(t => t.RegisteredOn);

        // Open demands without a match are read by a range of village codes, oldest first.
        options.AddStreamState<Demand>();
        options.Schema.For<Demand>()
            .Duplicate(d => d.VillageCode, configure: index => index.IncludeColumns = ["raised_on", "closed_on", "matched"])
            .Duplicate(d => d.RaisedOn)
            .Duplicate(d => d.ClosedOn)
            .Duplicate(d => d.Matched);
        return options;
    }
}
