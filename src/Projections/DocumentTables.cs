using Marten;

namespace Fupin.EventSourced.Projections;

public static class DocumentTables
{
    /// <summary>Marten's table of a (top-level) document type: <c>mt_doc_</c> and the type's name, in the store's schema.</summary>
    public static string Of<TDocument>(IQuerySession session) =>
        $"{session.DocumentStore.Options.DatabaseSchemaName}.mt_doc_{typeof(TDocument).Name.ToLowerInvariant()}";
}
