using Fupin.EventSourced.Domain.Informants;
using Marten;

namespace Fupin.EventSourced.Projections.Informants;

public static class InformantsStoreOptions
{
    /// <summary>Registers the informant streams' state with Marten.</summary>
    public static StoreOptions ConfigureInformants(this StoreOptions options)
    {
        options.AddStreamState<Informant>();
        options.Schema.For<Informant>().Duplicate(i => i.DivisionCode);
        return options;
    }
}
