using Fupin.EventSourced.Api.Errors;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Consultations;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Projections;
using Fupin.EventSourced.Projections.Envoys;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Consultations.AwaitingAnswer;

/// <summary>A question that awaits an answer.</summary>
/// <param name="Id">The consultation's id.</param>
/// <param name="VillageCode">The key village it came from.</param>
/// <param name="Channel">How it came in.</param>
/// <param name="Field">The professional field.</param>
/// <param name="Question">The question.</param>
/// <param name="AskedAt">The instant it was asked.</param>
public sealed record AwaitingConsultation(string Id, string VillageCode, ConsultationChannel Channel, Specialty Field, string Question, DateTimeOffset AskedAt);

/// <summary>One page of a division's questions awaiting an answer, oldest first.</summary>
/// <param name="DivisionCode">The 6-digit division asked for.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">Questions per page.</param>
/// <param name="Total">Questions awaiting an answer in the division, on every page.</param>
/// <param name="Consultations">This page's questions, oldest first.</param>
public sealed record ConsultationsAwaitingAnswer(string DivisionCode, int Page, int PageSize, int Total, IReadOnlyList<AwaitingConsultation> Consultations);

public static class ListAwaitingAnswerEndpoint
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Lists a division's questions awaiting an answer, oldest first, a page at a time.</summary>
    /// <remarks>Read from the consultations' own documents, so it includes every acknowledged command.</remarks>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="page">The page, from 1 (default 1).</param>
    /// <param name="pageSize">Questions per page, 1–200 (default 50).</param>
    /// <response code="200">The page (empty past the last one).</response>
    /// <response code="400">The division, page or page size is not valid.</response>
    [WolverineGet("/api/consultations/divisions/{divisionCode}/awaiting-answer", Name = "ListConsultationsAwaitingAnswer")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<ConsultationsAwaitingAnswer>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static async Task<ConsultationsAwaitingAnswer> Get(
        string divisionCode, string? page, string? pageSize, IQuerySession session, CancellationToken cancellation)
    {
        var prefix = ReportRoute.DivisionPrefix(divisionCode);
        // Parsed here, not by the binder, which would take "abc" for no page at all.
        if (!TryParse(page, 1, out var number) || !TryParse(pageSize, DefaultPageSize, out var size)
            || number is < 1 or > 1_000_000 || size is < 1 or > MaxPageSize)
        {
            throw new RequestException(ErrorCatalogue.RequestInvalid,
                $"'page' must be 1 or more and 'pageSize' between 1 and {MaxPageSize}.");
        }

        // A code range is what the btree index on the village code serves under C.UTF-8 (a LIKE 'prefix%' is not).
        var range = DivisionCodeRange.Of(prefix);
        var table = DocumentTables.Of<Consultation>(session);
        const string awaiting = "division_code >= ? and division_code < ? and answered_at is null";
        var total = (await session.QueryAsync<int>($"select count(*)::int from {table} where {awaiting}", cancellation, range.From, range.Before)).Single();
        var consultations = await session.QueryAsync<Consultation>(
            $"select data from {table} where {awaiting} order by asked_at, id limit ? offset ?",
            cancellation, range.From, range.Before, size, (number - 1) * size);
        return new ConsultationsAwaitingAnswer(divisionCode, number, size, total,
            [.. consultations.Select(c => new AwaitingConsultation(c.Id, c.DivisionCode, c.Channel, c.Field, c.Question, c.AskedAt))]);
    }

    private static bool TryParse(string? value, int absent, out int parsed)
    {
        parsed = absent;
        return value is null || int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out parsed);
    }
}
