using JasperFx.Events.Projections;
using Marten;

namespace Fupin.EventSourced.Projections.Figures;

public static class FiguresStoreOptions
{
    /// <summary>Registers the figure ledger (async) and its tables; a rebuild empties entries and totals first.</summary>
    public static StoreOptions ConfigureFigures(this StoreOptions options)
    {
        var tables = new FigureTables(options.DatabaseSchemaName);
        foreach (var table in tables.Definitions())
        {
            options.Storage.ExtendedSchemaObjects.Add(table);
        }

        options.Projections.Add(new FigureLedgerProjection(tables), ProjectionLifecycle.Async, FigureLedgerProjection.Name, async =>
        {
            async.DeleteDataInTableOnTeardown(tables.Entries);
            async.DeleteDataInTableOnTeardown(tables.Totals);

            // Two statements per page whatever its size: larger pages, fewer round trips and commits in a rebuild.
            // Catching up under live load, pages stay as small as what arrived since the last one.
            async.BatchSize = FigureLedgerProjection.PageSize;
        });
        return options;
    }
}
