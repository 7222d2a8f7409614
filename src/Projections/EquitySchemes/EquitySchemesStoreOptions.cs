using Fupin.EventSourced.Domain.EquitySchemes;
using Marten;

namespace Fupin.EventSourced.Projections.EquitySchemes;

public static class EquitySchemesStoreOptions
{
    /// <summary>
    /// Registers the equity scheme stream's state with Marten. Its inline document is also the scheme's read model:
    /// a scheme has a handful of members and a few years, so members, dividends and settlements are read from it.
    /// </summary>
    public static StoreOptions ConfigureEquitySchemes(this StoreOptions options)
    {
        options.AddStreamState<EquityScheme>();
        return options;
    }
}
