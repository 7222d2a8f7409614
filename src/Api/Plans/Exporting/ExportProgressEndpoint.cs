using System.Globalization;
using System.Text;
using CsvHelper;
using Fupin.EventSourced.Api.Plans.Progress;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Projections.Plans;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Plans.Exporting;

public static class ExportProgressEndpoint
{
    /// <summary>Target against actual of a plan year and division as CSV with Chinese column labels (UTF-8 with BOM, for Excel).</summary>
    /// <param name="targetPlanId">The plan's id.</param>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="year">The plan year.</param>
    /// <param name="asOf">Optional business date, as for the progress.</param>
    /// <param name="knownOn">Optional instant, as for the progress.</param>
    /// <response code="200">The table, streamed as <c>text/csv</c>.</response>
    /// <response code="400">A route or query value is malformed.</response>
    /// <response code="404">No such plan.</response>
    [WolverineGet("/api/plans/{targetPlanId}/progress/{divisionCode}/years/{year}/csv", Name = "ExportPlanProgressCsv")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/csv")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Csv(
        string targetPlanId, string divisionCode, string year, string? asOf, string? knownOn, IQuerySession session, CancellationToken cancellation)
    {
        var progress = await ReadAsync(targetPlanId, divisionCode, year, asOf, knownOn, session, cancellation);
        return new StreamedFile("text/csv; charset=utf-8", FileName(progress, "csv"), async body =>
        {
            await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
            await using (var csv = CsvWriter.Create(writer, new CsvWriterOptions(), leaveOpen: true))
            {
                await csv.WriteRecordAsync([.. Headers], cancellation);
                foreach (var row in Rows(progress))
                {
                    await csv.WriteRecordAsync([.. row.Values.Select(Text)], cancellation);
                }

                await csv.FlushAsync(cancellation);
            }

            await writer.FlushAsync(cancellation);
        });
    }

    /// <summary>Target against actual of a plan year and division as an Excel workbook with Chinese column labels.</summary>
    /// <param name="targetPlanId">The plan's id.</param>
    /// <param name="divisionCode">A 6-digit province, city or county code.</param>
    /// <param name="year">The plan year.</param>
    /// <param name="asOf">Optional business date, as for the progress.</param>
    /// <param name="knownOn">Optional instant, as for the progress.</param>
    /// <response code="200">The workbook (XLSX).</response>
    /// <response code="400">A route or query value is malformed.</response>
    /// <response code="404">No such plan.</response>
    [WolverineGet("/api/plans/{targetPlanId}/progress/{divisionCode}/years/{year}/xlsx", Name = "ExportPlanProgressXlsx")]
    [Authorize(Policy = Policies.ReadRegisters)]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Xlsx(
        string targetPlanId, string divisionCode, string year, string? asOf, string? knownOn, IQuerySession session, CancellationToken cancellation)
    {
        var progress = await ReadAsync(targetPlanId, divisionCode, year, asOf, knownOn, session, cancellation);
        return new StreamedFile("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName(progress, "xlsx"),
            async body =>
            {
                // MiniExcel's zip writer needs a seekable stream (the response body is not); a plan year is one row
                // per indicator, so the workbook is a few kilobytes in memory before it is copied out.
                using var workbook = new MemoryStream();
                await workbook.SaveAsAsync(Rows(progress), sheetName: "目标与实际", cancellationToken: cancellation);
                workbook.Position = 0;
                await workbook.CopyToAsync(body, cancellation);
            });
    }

    /// <summary>The columns, in Chinese as the programme's reports print them.</summary>
    public static IReadOnlyList<string> Headers { get; } =
        ["指标代码", "指标", "单位", "年度", "基期年", "基期值", "目标值", "目标修订次数", "实际值", "差距", "是否完成", "细分", "细分实际值", "数据截至事件序号"];

    private static IEnumerable<Dictionary<string, object?>> Rows(PlanProgress progress) =>
        progress.Rows.Select(r => new[]
            {
                r.IndicatorCode, r.NameZh, r.Unit, r.Year, r.BaselineYear, r.Baseline, r.Target, r.TargetRevision, r.Actual, r.Gap,
                r.Met switch { true => "是", false => "否", null => "" }, r.Breakdown?.NameZh, r.Breakdown?.Actual, (object?)progress.KnownThrough,
            }
            .Select((value, i) => (Headers[i], value))
            .ToDictionary(c => c.Item1, c => c.value));

    private static async Task<PlanProgress> ReadAsync(
        string targetPlanId, string divisionCode, string year, string? asOf, string? knownOn, IQuerySession session, CancellationToken cancellation)
    {
        var question = await ProgressQuestion.ReadAsync(session, targetPlanId, divisionCode, asOf, knownOn, cancellation);
        return await question.YearAsync(session, ReportRoute.Year(year), cancellation);
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string FileName(PlanProgress progress, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"plan-{progress.PlanId}-{progress.DivisionPrefix}-{progress.Year}.{extension}");
}

/// <summary>A download written straight to the response body, so a large table is never held whole in memory.</summary>
internal sealed class StreamedFile(string contentType, string fileName, Func<Stream, Task> write) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = contentType;
        httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await write(httpContext.Response.Body);
    }
}
