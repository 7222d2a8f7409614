using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Trainings.GettingDetails;
using Fupin.EventSourced.Domain.Trainings;
using Fupin.EventSourced.Projections;
using Fupin.EventSourced.Projections.Envoys;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Trainings.Listing;

/// <summary>A division's trainings held in a year.</summary>
/// <param name="DivisionCode">The 6-digit division asked for.</param>
/// <param name="Year">The year.</param>
/// <param name="Trainings">Every training held at a place in the division in the year, by date.</param>
public sealed record DivisionTrainings(string DivisionCode, int Year, IReadOnlyList<TrainingView> Trainings);

public static class ListTrainingsEndpoint
{
    /// <summary>Lists a division's trainings held in a year, by date (as corrected).</summary>
    /// <remarks>
    /// Read from the trainings' own documents, so it includes every acknowledged command. The year's totals (sessions,
    /// farmers trained) are figures: read them from the figure ledger.
    /// </remarks>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="year">The year, e.g. <c>2023</c>.</param>
    /// <response code="200">The trainings (none when nothing was held).</response>
    /// <response code="400">The division or year is not valid.</response>
    [WolverineGet("/api/trainings/divisions/{divisionCode}/years/{year}", Name = "ListTrainings")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<DivisionTrainings>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static async Task<DivisionTrainings> Get(string divisionCode, string year, IQuerySession session, CancellationToken cancellation)
    {
        var prefix = ReportRoute.DivisionPrefix(divisionCode);
        var y = ReportRoute.Year(year);
        var (first, last) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        // A code range is what the btree index on the place serves under C.UTF-8 (a LIKE 'prefix%' is not).
        var range = DivisionCodeRange.Of(prefix);
        var trainings = await session.QueryAsync<Training>(
            $"select data from {DocumentTables.Of<Training>(session)} " +
            "where division_code >= ? and division_code < ? and held_on >= ? and held_on <= ? order by held_on, id",
            cancellation, range.From, range.Before, first, last);
        return new DivisionTrainings(divisionCode, y, [.. trainings.Select(TrainingView.Of)]);
    }
}
