using Fupin.EventSourced.Projections.Envoys;
using Marten.Linq.MatchesSql;

namespace Fupin.EventSourced.Projections.FieldWork;

public static class DivisionYearQuery
{
    /// <summary>
    /// The records of a year whose division (or village) code lies under a prefix, as a code range: a range is what
    /// the btree index on the duplicated code column serves under the database's C.UTF-8 collation (<c>StartsWith</c>
    /// is a <c>LIKE</c>, which it does not). The index carries the year, so the filter is answered from it.
    /// </summary>
    /// <param name="query">The records' query.</param>
    /// <param name="codeColumn">The duplicated code column: <c>division_code</c> or <c>village_code</c>.</param>
    /// <param name="prefix">The division's code prefix (<c>37</c>, <c>3703</c>, <c>370302</c>).</param>
    /// <param name="year">The year.</param>
    public static IQueryable<T> InDivisionYear<T>(this IQueryable<T> query, string codeColumn, string prefix, int year)
    {
        var range = DivisionCodeRange.Of(prefix);
        var sql = $"d.{codeColumn} >= ? and d.{codeColumn} < ? and d.year = ?";
        return query.Where(x => x!.MatchesSql(sql, range.From, range.Before, year));
    }
}
