using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Projections.Households;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Households.Reports;

/// <summary>A division's households in a year, by business date (no personal data).</summary>
/// <param name="DivisionCode">The 6-digit division asked for.</param>
/// <param name="Year">The year.</param>
/// <param name="Registered">Registered as poor, by registration year.</param>
/// <param name="ProposedForExit">Proposed for exit in the year.</param>
/// <param name="Exited">Out of poverty with this exit year.</param>
/// <param name="ReturnedToPoverty">Returned to poverty in the year.</param>
/// <param name="EnteredMonitoring">Entered monitoring in the year (edge households and exited ones).</param>
public sealed record HouseholdYear(string DivisionCode, int Year, int Registered, int ProposedForExit, int Exited, int ReturnedToPoverty, int EnteredMonitoring);

/// <summary>A household in a list that needs no personal data.</summary>
/// <param name="Id">Household id.</param>
/// <param name="VillageCode">The village.</param>
/// <param name="Status">Where it stands.</param>
public sealed record HouseholdRef(string Id, string VillageCode, HouseholdStatus Status);

/// <summary>A public notice of a proposed exit.</summary>
/// <param name="HouseholdId">Household id.</param>
/// <param name="VillageCode">The village.</param>
/// <param name="StartedOn">First day of the notice.</param>
/// <param name="EndsOn">The first day the county may approve.</param>
/// <param name="Running">Whether the notice still runs today (otherwise it awaits the county's decision).</param>
public sealed record RunningNotice(string HouseholdId, string VillageCode, DateOnly StartedOn, DateOnly EndsOn, bool Running);

public static class HouseholdReportsEndpoints
{
    /// <summary>A division's households registered, proposed, exited, returned and entering monitoring in a year.</summary>
    /// <remarks>Built asynchronously: a step recorded a moment ago may not be counted yet.</remarks>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="year">The year, e.g. <c>2019</c>.</param>
    /// <response code="200">The counts (zero when nothing happened).</response>
    /// <response code="400">The division or year is not valid.</response>
    [WolverineGet("/api/households/divisions/{divisionCode}/years/{year}", Name = "GetHouseholdYear")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<HouseholdYear>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static async Task<HouseholdYear> Year(string divisionCode, string year, IQuerySession session, CancellationToken cancellation)
    {
        var prefix = ReportRoute.DivisionPrefix(divisionCode);
        var y = ReportRoute.Year(year);
        var counts = await session.Query<HouseholdYearCounts>().Where(c => c.Year == y && c.CountyCode.StartsWith(prefix)).ToListAsync(cancellation);
        return new HouseholdYear(divisionCode, y, counts.Sum(c => c.Registered), counts.Sum(c => c.ProposedForExit), counts.Sum(c => c.Exited),
            counts.Sum(c => c.ReturnedToPoverty), counts.Sum(c => c.EnteredMonitoring));
    }

    /// <summary>A division's households without a responsible helper (released ones excepted).</summary>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <response code="200">The households, in village order.</response>
    [WolverineGet("/api/households/divisions/{divisionCode}/without-helper", Name = "GetHouseholdsWithoutHelper")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<IReadOnlyList<HouseholdRef>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static async Task<IReadOnlyList<HouseholdRef>> WithoutHelper(string divisionCode, IQuerySession session, CancellationToken cancellation)
    {
        var prefix = ReportRoute.DivisionPrefix(divisionCode);
        var households = await session.Query<Household>()
            .Where(h => h.VillageCode.StartsWith(prefix) && h.Helper == null && h.Status != HouseholdStatus.Released)
            .OrderBy(h => h.VillageCode).ThenBy(h => h.Id)
            .Select(h => new HouseholdRef(h.Id, h.VillageCode, h.Status))
            .ToListAsync(cancellation);
        return [.. households];
    }

    /// <summary>A division's public notices of proposed exits, with the day each may end.</summary>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <response code="200">The notices, oldest first.</response>
    [WolverineGet("/api/households/divisions/{divisionCode}/notices", Name = "GetRunningNotices")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<IReadOnlyList<RunningNotice>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static async Task<IReadOnlyList<RunningNotice>> Notices(
        string divisionCode, IQuerySession session, IOptions<HouseholdsOptions> options, TimeProvider clock, CancellationToken cancellation)
    {
        var prefix = ReportRoute.DivisionPrefix(divisionCode);
        var households = await session.Query<Household>()
            .Where(h => h.VillageCode.StartsWith(prefix) && h.Status == HouseholdStatus.PublicNotice)
            .ToListAsync(cancellation);
        var today = clock.Today();
        return [.. households
            .Select(h => (h, Ends: h.NoticeStartedOn!.Value.AddDays(options.Value.MinimumNoticeDays)))
            .OrderBy(n => n.h.NoticeStartedOn).ThenBy(n => n.h.Id)
            .Select(n => new RunningNotice(n.h.Id, n.h.VillageCode, n.h.NoticeStartedOn!.Value, n.Ends, today < n.Ends))];
    }
}
