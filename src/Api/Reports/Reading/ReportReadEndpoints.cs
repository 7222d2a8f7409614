using System.Text;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Reports;
using Fupin.EventSourced.Projections.Figures;
using Fupin.EventSourced.Projections.Plans;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Reports.Reading;

/// <summary>Where a county-year report stands.</summary>
/// <param name="CountyCode">The county.</param>
/// <param name="Year">The year.</param>
/// <param name="Status">Open, submitted or approved.</param>
/// <param name="SubmittedHash">SHA-256 of the latest submitted document.</param>
/// <param name="SubmittedKnownThrough">The event sequence it was computed through.</param>
/// <param name="SubmittedBy">Who submitted it.</param>
/// <param name="ApprovedHash">SHA-256 of the approved document, while approved.</param>
/// <param name="ApprovedKnownThrough">The event sequence the approved document was computed through.</param>
/// <param name="Version">Stream version.</param>
public sealed record ReportView(
    string CountyCode, int Year, ReportStatus Status, string? SubmittedHash, long? SubmittedKnownThrough, string? SubmittedBy,
    string? ApprovedHash, long? ApprovedKnownThrough, long Version);

/// <summary>What changed in a county's figures after its report was approved: facts recorded late, listed as corrections.</summary>
/// <param name="CountyCode">The county.</param>
/// <param name="Year">The year.</param>
/// <param name="ApprovedHash">The approved document's SHA-256.</param>
/// <param name="ApprovedKnownThrough">The sequence the approved figures were computed through.</param>
/// <param name="KnownThrough">The sequence the figures now were read through.</param>
/// <param name="Corrections">One row per figure that differs, in figure order.</param>
public sealed record ReportCorrections(string CountyCode, int Year, string ApprovedHash, long ApprovedKnownThrough, long KnownThrough, IReadOnlyList<FigureCorrection> Corrections);

/// <summary>One figure's correction after approval.</summary>
/// <param name="Figure">The figure.</param>
/// <param name="Approved">The approved value.</param>
/// <param name="Now">The value now.</param>
/// <param name="Delta">Now minus approved.</param>
/// <param name="Entries">The ledger entries recorded after the approval's sequence (first 100; page on with the explain endpoints).</param>
public sealed record FigureCorrection(Figure Figure, decimal Approved, decimal Now, decimal Delta, IReadOnlyList<FigureEntry> Entries);

public static class ReportReadEndpoints
{
    /// <summary>Reads where a county's report for a year stands.</summary>
    /// <param name="countyCode">The county's 6-digit code.</param>
    /// <param name="year">The year.</param>
    /// <response code="200">The report's state.</response>
    /// <response code="400">The county or year is malformed.</response>
    /// <response code="404">No report was submitted.</response>
    [WolverineGet("/api/reports/{countyCode}/years/{year}", Name = "GetReport")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<ReportView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<ReportView> Get(string countyCode, string year, IQuerySession session, HttpResponse response, CancellationToken cancellation)
    {
        var report = await LoadAsync(session, countyCode, year, cancellation);
        response.Headers.ETag = ExpectedVersion.ETag(report.Version);
        return new ReportView(report.DivisionCode, report.Year, report.Status, report.Submission?.ContentHash, report.Submission?.KnownThrough,
            report.Submission?.SubmittedBy, report.Approval?.ContentHash, report.Approval?.KnownThrough, report.Version);
    }

    /// <summary>The approved document, byte for byte as approved, however many events arrived since.</summary>
    /// <remarks>
    /// The bytes come from the submission event the approval names, never recomputed; <c>ETag</c> is their SHA-256
    /// (also in <c>Content-Digest</c>, RFC 9530).
    /// </remarks>
    /// <param name="countyCode">The county's 6-digit code.</param>
    /// <param name="year">The year.</param>
    /// <response code="200">The approved document (canonical JSON).</response>
    /// <response code="400">The county or year is malformed.</response>
    /// <response code="404">No report, or none approved.</response>
    [WolverineGet("/api/reports/{countyCode}/years/{year}/approved", Name = "GetApprovedReport")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<object>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Approved(string countyCode, string year, IQuerySession session, CancellationToken cancellation)
    {
        var report = await LoadAsync(session, countyCode, year, cancellation);
        if (report.Approval is not { } approval || report.Submission is not { } submission || submission.ContentHash != approval.ContentHash)
        {
            throw ReportErrors.NotApproved.Because($"The report {report.Id} is {report.Status}.");
        }

        return new DocumentResult(submission.Document, approval.ContentHash);
    }

    /// <summary>The latest submitted document, as the approver reviews it.</summary>
    /// <param name="countyCode">The county's 6-digit code.</param>
    /// <param name="year">The year.</param>
    /// <response code="200">The submitted document (canonical JSON); <c>ETag</c> its SHA-256, to send in the approval.</response>
    /// <response code="400">The county or year is malformed.</response>
    /// <response code="404">No report was submitted.</response>
    [WolverineGet("/api/reports/{countyCode}/years/{year}/submitted", Name = "GetSubmittedReport")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<object>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Submitted(string countyCode, string year, IQuerySession session, CancellationToken cancellation)
    {
        var report = await LoadAsync(session, countyCode, year, cancellation);
        var submission = report.Submission ?? throw Report.NotFound(report.Id);
        return new DocumentResult(submission.Document, submission.ContentHash);
    }

    /// <summary>A county's figures for a year computed now, as known at an instant and as of a business date (not stored, not approved).</summary>
    /// <param name="countyCode">The county's 6-digit code.</param>
    /// <param name="year">The year.</param>
    /// <param name="asOf">Optional business date: figures dated up to it.</param>
    /// <param name="knownOn">Optional instant (or date, end of day UTC+8): events recorded by then.</param>
    /// <response code="200">The document, in the same canonical form a submission stores.</response>
    /// <response code="400">A value is malformed.</response>
    [WolverineGet("/api/reports/{countyCode}/years/{year}/figures", Name = "GetReportFigures")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<object>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Figures(string countyCode, string year, string? asOf, string? knownOn, IQuerySession session, CancellationToken cancellation)
    {
        var county = ReportRoute.County(countyCode);
        var y = ReportRoute.Year(year);
        var day = ReportRoute.OptionalDate(asOf);
        var knownThrough = await FigureLedger.KnownThroughOrLiveAsync(session, ReportRoute.OptionalInstant(knownOn), cancellation);
        var document = await CountyReportDocument.ComputeAsync(session, county, y, day, knownThrough, cancellation);
        return new DocumentResult(document.Json, document.ContentHash);
    }

    /// <summary>Corrections after approval: per figure, the approved value, the value now, the delta and the late events.</summary>
    /// <param name="countyCode">The county's 6-digit code.</param>
    /// <param name="year">The year.</param>
    /// <response code="200">The corrections; empty when nothing changed.</response>
    /// <response code="400">The county or year is malformed.</response>
    /// <response code="404">No report, or none approved.</response>
    [WolverineGet("/api/reports/{countyCode}/years/{year}/corrections", Name = "GetReportCorrections")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<ReportCorrections>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<ReportCorrections> Corrections(string countyCode, string year, IQuerySession session, CancellationToken cancellation)
    {
        var report = await LoadAsync(session, countyCode, year, cancellation);
        if (report.Approval is not { } approval || report.Submission is not { } submission)
        {
            throw ReportErrors.NotApproved.Because($"The report {report.Id} is {report.Status}.");
        }

        var approved = CountyReportDocument.FiguresOf(submission.Document);
        var now = await FigureLedger.TotalsAsync(session, new FigureQuery(report.DivisionCode, report.Year), cancellation);
        var knownThrough = now.KnownThrough;
        var query = new FigureQuery(report.DivisionCode, report.Year, null, knownThrough);
        var corrections = new List<FigureCorrection>();
        foreach (var figure in Enum.GetValues<Figure>())
        {
            var (was, @is) = (approved.GetValueOrDefault(figure), now.Figures.GetValueOrDefault(figure));
            var entries = await FigureLedger.ExplainAsync(session, figure, query, approval.KnownThrough, 100, cancellation);
            if (was != @is || entries.Count > 0)
            {
                corrections.Add(new FigureCorrection(figure, was, @is, @is - was, entries));
            }
        }

        return new ReportCorrections(report.DivisionCode, report.Year, approval.ContentHash, approval.KnownThrough, knownThrough, corrections);
    }

    private static async Task<Report> LoadAsync(IQuerySession session, string countyCode, string year, CancellationToken cancellation)
    {
        var key = Report.Key(ReportRoute.County(countyCode), ReportRoute.Year(year));
        return await session.LoadAsync<Report>(key, cancellation) ?? throw Report.NotFound(key);
    }
}

/// <summary>A stored document's exact UTF-8 bytes, with its SHA-256 as strong entity tag and as <c>Content-Digest</c>.</summary>
internal sealed class DocumentResult(string json, string sha256Hex) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = bytes.Length;
        httpContext.Response.Headers.ETag = $"\"{sha256Hex}\"";
        httpContext.Response.Headers["Content-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(sha256Hex))}:";
        await httpContext.Response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }
}
