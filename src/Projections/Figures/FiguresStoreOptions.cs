using JasperFx.Events.Projections;
using Marten;

namespace Fupin.EventSourced.Projections.Figures;

public static class FiguresStoreOptions
{
    /// <summary>Registers the figure ledger's parts (async) and its tables; a part's rebuild empties its own partitions first.</summary>
    public static StoreOptions ConfigureFigures(this StoreOptions options)
    {
        var tables = new FigureTables(options.DatabaseSchemaName);
        foreach (var table in tables.Definitions())
        {
            options.Storage.ExtendedSchemaObjects.Add(table);
        }

        foreach (var part in FigureLedgerPart.All)
        {
            options.Projections.Add(new FigureLedgerProjection(tables, part), ProjectionLifecycle.Async);
        }

        return options;
    }
}
