using Fupin.EventSourced.Domain.Demands;
using Fupin.EventSourced.Domain.Technologies;
using Fupin.EventSourced.Projections.Envoys;
using Marten;

namespace Fupin.EventSourced.Projections.Registries;

/// <summary>One page of a list, with how many items the whole list has.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total);

/// <summary>
/// The registries' lists per division, read from the inline stream states over a range of division codes (what the
/// btree indexes serve under the C.UTF-8 collation; <c>LIKE</c> stays as the exact filter), one page at a time.
/// </summary>
public static class RegistryPages
{
    /// <summary>Open demands without a match in the division, oldest first: the registry's work list (seed 004: match every demand).</summary>
    public static Task<Page<Demand>> WaitingDemandsAsync(IQuerySession session, string prefix, int skip, int take, CancellationToken cancellation) =>
        PageAsync<Demand>(session, "village_code", "closed_on is null and matched = false", "raised_on, id", prefix, skip, take, cancellation);

    /// <summary>A division's technology registry, in registration order.</summary>
    public static Task<Page<Technology>> TechnologiesAsync(IQuerySession session, string prefix, int skip, int take, CancellationToken cancellation) =>
        PageAsync<Technology>(session, "division_code", "true", "registered_on, id", prefix, skip, take, cancellation);

    private static async Task<Page<T>> PageAsync<T>(
        IQuerySession session, string codeColumn, string filter, string order, string prefix, int skip, int take, CancellationToken cancellation)
    {
        var range = DivisionCodeRange.Of(prefix);
        var where = $"{codeColumn} >= ? and {codeColumn} < ? and {codeColumn} like ? and {filter}";
        var table = DocumentTables.Of<T>(session);
        var total = await session.QueryAsync<int>($"select count(*)::int from {table} where {where}", cancellation, range.From, range.Before, prefix + "%");
        var items = await session.QueryAsync<T>($"where {where} order by {order} limit ? offset ?", cancellation,
            range.From, range.Before, prefix + "%", take, skip);
        return new Page<T>([.. items], total.Single());
    }
}
