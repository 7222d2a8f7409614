using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Villages;
using Marten;
using Marten.Services.BatchQuerying;

namespace Fupin.EventSourced.Projections.Envoys;

/// <summary>
/// Full coverage (全覆盖) of a division over a period of business dates: key villages registered, covered (an
/// assignment active on at least one day of the period), covered on its last day, the villages not covered, and
/// the envoys selected in and active during the period (seed 001: 240 envoys, all 474 key villages covered in 2018).
/// </summary>
/// <param name="DivisionPrefix">The code prefix of the division (<c>37</c>, <c>3703</c>, <c>370302</c>); empty for the whole register.</param>
/// <param name="From">First day of the period.</param>
/// <param name="To">Last day of the period.</param>
/// <param name="VillagesRegistered">Key villages in the register under the division.</param>
/// <param name="VillagesCovered">Of those, villages with an envoy on at least one day of the period.</param>
/// <param name="VillagesCoveredOnLastDay">Of those, villages with an envoy on the period's last day (31 December for a year).</param>
/// <param name="NotCovered">The villages without an envoy on any day of the period, in code order.</param>
/// <param name="EnvoysSelected">Envoys selected by the division (or divisions under it) during the period.</param>
/// <param name="EnvoysActive">Envoys in service on at least one day of the period: selected by its end, not withdrawn before its start.</param>
public sealed record Coverage(
    string DivisionPrefix,
    DateOnly From,
    DateOnly To,
    int VillagesRegistered,
    int VillagesCovered,
    int VillagesCoveredOnLastDay,
    IReadOnlyList<UncoveredVillage> NotCovered,
    int EnvoysSelected,
    int EnvoysActive)
{
    /// <summary>
    /// Reads the coverage from the read models with one round trip of four indexed queries, never by scanning
    /// events. Assignment periods come from the async <see cref="AssignmentPeriod"/> projection.
    /// </summary>
    public static async Task<Coverage> ReadAsync(IQuerySession session, string prefix, DateOnly from, DateOnly to, CancellationToken cancellation)
    {
        // StartsWith becomes LIKE 'prefix%', which a btree index serves only under the C collation (the database's is
        // C.UTF-8): every query scanned its whole table. The code range beside it is what the indexes serve;
        // StartsWith stays as the exact filter, so the answer does not depend on how the collation orders codes.
        var range = DivisionCodeRange.Of(prefix);
        var batch = session.CreateBatchQuery();

        // A batched queryable's Where adds to the query it is called on: each query starts afresh.
        IBatchedQueryable<Village> Villages()
        {
            var query = batch.Query<Village>().Where(v => v.Id.StartsWith(prefix));
            return range is { } r ? query.Where(v => v.Id.CompareTo(r.From) >= 0 && v.Id.CompareTo(r.Before) < 0) : query;
        }

        IBatchedQueryable<AssignmentPeriod> Periods()
        {
            var query = batch.Query<AssignmentPeriod>().Where(p => p.VillageCode.StartsWith(prefix));
            return range is { } r ? query.Where(p => p.VillageCode.CompareTo(r.From) >= 0 && p.VillageCode.CompareTo(r.Before) < 0) : query;
        }

        IBatchedQueryable<Envoy> Envoys()
        {
            var query = batch.Query<Envoy>().Where(e => e.DivisionCode.StartsWith(prefix));
            return range is { } r ? query.Where(e => e.DivisionCode.CompareTo(r.From) >= 0 && e.DivisionCode.CompareTo(r.Before) < 0) : query;
        }

        var villages = Villages()
            .OrderBy(v => v.Id)
            .Select(v => new UncoveredVillage(v.Id, v.Name, v.County, v.Township))
            .ToList();
        var periods = Periods()
            .Where(p => p.From <= to && (p.LastDay == null || p.LastDay >= from))
            .Select(p => new PeriodEnd(p.VillageCode, p.LastDay))
            .ToList();
        var selected = Envoys()
            .Where(e => e.SelectedOn >= from && e.SelectedOn <= to)
            .Count();
        var active = Envoys()
            .Where(e => e.SelectedOn <= to && (e.WithdrawnOn == null || e.WithdrawnOn >= from))
            .Count();
        await batch.Execute(cancellation);

        var covering = await periods;
        var covered = covering.Select(p => p.VillageCode).ToHashSet(StringComparer.Ordinal);
        var coveredOnLastDay = covering.Where(p => p.LastDay is not { } last || last >= to)
            .Select(p => p.VillageCode).ToHashSet(StringComparer.Ordinal);
        var registered = await villages;
        return new Coverage(prefix, from, to, registered.Count,
            registered.Count(v => covered.Contains(v.Code)),
            registered.Count(v => coveredOnLastDay.Contains(v.Code)),
            [.. registered.Where(v => !covered.Contains(v.Code))],
            (int)await selected, (int)await active);
    }

    private sealed record PeriodEnd(string VillageCode, DateOnly? LastDay);
}

/// <summary>A key village without an envoy in the period.</summary>
/// <param name="Code">12-digit code.</param>
/// <param name="Name">Current name.</param>
/// <param name="County">County name.</param>
/// <param name="Township">Township name.</param>
public sealed record UncoveredVillage(string Code, string Name, string County, string Township);
