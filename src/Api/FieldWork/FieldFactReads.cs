using System.Linq.Expressions;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.FieldWork;
using Fupin.EventSourced.Projections.FieldWork;
using Marten;

namespace Fupin.EventSourced.Api.FieldWork;

/// <summary>The two reads every field fact has: one record with its ETag, and a division's records of a year by date.</summary>
public static class FieldFactReads
{
    public static async Task<FieldFact<TDetails>> GetAsync<TState, TDetails>(
        IQuerySession session, string id, HttpResponse response, CancellationToken cancellation)
        where TState : class, IStreamState<TState>, IFieldFactState<TDetails>
    {
        var record = await session.LoadAsync<TState>(id, cancellation) ?? throw TState.NotFound(id);
        response.Headers.ETag = ExpectedVersion.ETag(record.Version);
        return Of<TState, TDetails>(record);
    }

    /// <param name="codeColumn">The duplicated column the records' division lies in: <c>division_code</c>, or <c>village_code</c> for a village's records.</param>
    /// <param name="onDate">The record's business date, which orders the page (then the id).</param>
    public static async Task<Page<FieldFact<TDetails>>> ListAsync<TState, TDetails>(
        IQuerySession session, string codeColumn, string divisionCode, string year, string? page, string? pageSize,
        Expression<Func<TState, DateOnly>> onDate, Expression<Func<TState, string>> id, CancellationToken cancellation)
        where TState : class, IStreamState<TState>, IFieldFactState<TDetails>
    {
        var prefix = ReportRoute.DivisionPrefix(divisionCode);
        var y = ReportRoute.Year(year);
        var request = Paging.From(page, pageSize);
        var records = await session.Query<TState>()
            .Stats(out var stats)
            .InDivisionYear(codeColumn, prefix, y)
            .OrderBy(onDate).ThenBy(id)
            .Skip(request.Skip).Take(request.PageSize)
            .ToListAsync(cancellation);
        return new(request.Page, request.PageSize, stats.TotalResults, [.. records.Select(Of<TState, TDetails>)]);
    }

    private static FieldFact<TDetails> Of<TState, TDetails>(TState record) where TState : IFieldFactState<TDetails> =>
        new(record.Id, record.DivisionCode, record.Details, record.Corrections, record.Version);
}
