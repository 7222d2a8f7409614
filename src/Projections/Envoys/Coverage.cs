using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Villages;
using Marten;
using Npgsql;

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
    /// Reads the coverage from the read models, never by scanning events: PostgreSQL counts the villages, the covered
    /// ones (from the async <see cref="AssignmentPeriod"/> documents) and the envoys over indexed code ranges, and
    /// returns only the uncovered villages' codes; their names are loaded after. The cost follows the answer, not the
    /// size of the division. Envoys selected count from <paramref name="selectedFrom"/> (default: the period's start).
    /// </summary>
    public static async Task<Coverage> ReadAsync(
        IQuerySession session, string prefix, DateOnly from, DateOnly to, CancellationToken cancellation, DateOnly? selectedFrom = null)
    {
        var villages = DocumentTables.Of<Village>(session);
        var periods = DocumentTables.Of<AssignmentPeriod>(session);
        var envoys = DocumentTables.Of<Envoy>(session);

        // A code range is what the btree indexes serve under the database's C.UTF-8 collation (LIKE 'prefix%' is not);
        // the LIKE stays as the exact filter.
        var range = DivisionCodeRange.Of(prefix);
        const string villageIn = "v.id >= @lo and v.id < @hi and v.id like @like";
        const string periodIn = "p.village_code >= @lo and p.village_code < @hi and p.village_code like @like";
        const string envoyIn = "e.division_code >= @lo and e.division_code < @hi and e.division_code like @like";
        const string overlaps = "p.\"from\" <= @to and (p.last_day is null or p.last_day >= @from)";
        var sql = $"""
            select
              (select count(*) from {villages} v where {villageIn}),
              (select count(distinct p.village_code) from {periods} p where {periodIn} and {overlaps}),
              (select count(distinct p.village_code) from {periods} p where {periodIn} and {overlaps} and (p.last_day is null or p.last_day >= @to)),
              (select count(*) from {envoys} e where {envoyIn} and e.selected_on >= @selectedFrom and e.selected_on <= @to),
              (select count(*) from {envoys} e where {envoyIn} and e.selected_on <= @to and (e.withdrawn_on is null or e.withdrawn_on >= @from));
            select v.id from {villages} v where {villageIn}
              and not exists (select 1 from {periods} p where p.village_code = v.id and {overlaps})
              order by v.id;
            """;

        await using var connection = session.DocumentStore.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("lo", range.From);
        command.Parameters.AddWithValue("hi", range.Before);
        command.Parameters.AddWithValue("like", prefix + "%");
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        command.Parameters.AddWithValue("selectedFrom", selectedFrom ?? from);
        int registered, covered, coveredOnLastDay, selected, active;
        var uncovered = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
        {
            await reader.ReadAsync(cancellation);
            (registered, covered, coveredOnLastDay, selected, active) = ((int)reader.GetInt64(0), (int)reader.GetInt64(1),
                (int)reader.GetInt64(2), (int)reader.GetInt64(3), (int)reader.GetInt64(4));
            await reader.NextResultAsync(cancellation);
            while (await reader.ReadAsync(cancellation))
            {
                uncovered.Add(reader.GetString(0));
            }
        }

        var names = (await session.LoadManyAsync<Village>(cancellation, uncovered)).ToDictionary(v => v.Id, StringComparer.Ordinal);
        return new Coverage(prefix, from, to, registered, covered, coveredOnLastDay,
            [.. uncovered.Select(code => names[code]).Select(v => new UncoveredVillage(v.Id, v.Name, v.County, v.Township))],
            selected, active);
    }
}

/// <summary>A key village without an envoy in the period.</summary>
/// <param name="Code">12-digit code.</param>
/// <param name="Name">Current name.</param>
/// <param name="County">County name.</param>
/// <param name="Township">Township name.</param>
public sealed record UncoveredVillage(string Code, string Name, string County, string Township);
