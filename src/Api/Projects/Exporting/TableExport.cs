using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Http.Features;
using MiniExcelLibs;

namespace Fupin.EventSourced.Api.Projects.Exporting;

/// <summary>A file format an export is written in.</summary>
public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>A proportion such as an execution rate: written with four decimals, where money has two.</summary>
public readonly record struct Ratio(decimal Value);

/// <summary>
/// A table written to the response as it is produced, row by row: CSV through CsvHelper (UTF-8 with a byte order
/// mark, so spreadsheet programs read the Chinese labels right), XLSX through MiniExcel, which writes the sheet from
/// the rows as it enumerates them. Neither holds the whole file in memory. Labels are the column headers; each row
/// gives one value per label, in order: decimals (yuan to the fen, written with two decimals in CSV, as numbers in
/// XLSX), integers, dates and text.
/// </summary>
public sealed class TableExport(ExportFormat format, string fileName, IReadOnlyList<string> labels, IAsyncEnumerable<object?[]> rows) : IResult
{
    private const int FlushEvery = 200;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = format == ExportFormat.Csv
            ? "text/csv; charset=utf-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        var name = $"{fileName}.{(format == ExportFormat.Csv ? "csv" : "xlsx")}";
        response.Headers.ContentDisposition = $"attachment; filename=\"{Ascii(name)}\"; filename*=UTF-8''{Uri.EscapeDataString(name)}";
        var cancellation = httpContext.RequestAborted;
        if (format == ExportFormat.Csv)
        {
            await WriteCsvAsync(response.Body, cancellation);
        }
        else
        {
            // The zip container MiniExcel writes finishes its entries with synchronous writes; allow them for this
            // response only (the body is still sent as it is written).
            httpContext.Features.Get<IHttpBodyControlFeature>()?.AllowSynchronousIO = true;
            await response.Body.SaveAsAsync(Sheet(), sheetName: "Sheet1", excelType: ExcelType.XLSX, cancellationToken: cancellation);
        }
    }

    private async Task WriteCsvAsync(Stream body, CancellationToken cancellation)
    {
        // Text that a spreadsheet would run as a formula (=, +, -, @ first) is escaped: payees and reasons are typed by people.
        var options = new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        await using var csv = CsvWriter.Create(body, options, leaveOpen: true);
        csv.WriteHeader([.. labels]);
        var written = 0;
        await foreach (var row in rows.WithCancellation(cancellation))
        {
            foreach (var value in row)
            {
                Write(csv, value);
            }

            await csv.EndRecordAsync(cancellation);
            if (++written % FlushEvery == 0)
            {
                await csv.FlushAsync(cancellation);
            }
        }

        await csv.FlushAsync(cancellation);
    }

    private IAsyncEnumerable<IDictionary<string, object?>> Sheet() => rows.Select(row =>
    {
        var cells = new Dictionary<string, object?>(labels.Count, StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
        {
            cells[labels[i]] = row[i] switch
            {
                DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Ratio ratio => ratio.Value,
                DateTimeOffset instant => instant.ToString("O", CultureInfo.InvariantCulture),
                var value => value,
            };
        }

        return cells;
    });

    /// <summary>Numbers and dates are written as such (the injection guard applies to text only, so -1000.00 stays a number).</summary>
    private static void Write(CsvWriter csv, object? value)
    {
        switch (value)
        {
            case null:
                csv.WriteField((string?)null);
                break;
            case decimal amount:
                csv.WriteField(amount, "0.00", CultureInfo.InvariantCulture);
                break;
            case Ratio ratio:
                csv.WriteField(ratio.Value, "0.0000", CultureInfo.InvariantCulture);
                break;
            case int number:
                csv.WriteField(number, default, CultureInfo.InvariantCulture);
                break;
            case long number:
                csv.WriteField(number, default, CultureInfo.InvariantCulture);
                break;
            case DateOnly day:
                csv.WriteField(day, "yyyy-MM-dd");
                break;
            case DateTimeOffset instant:
                csv.WriteField(instant, "O");
                break;
            default:
                csv.WriteField(value.ToString());
                break;
        }
    }

    private static string Ascii(string name) => new([.. name.Select(c => c is >= ' ' and < (char)127 and not '"' ? c : '_')]);
}
