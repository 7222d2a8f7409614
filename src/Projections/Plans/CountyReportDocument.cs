using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Reports.Submitting;
using Fupin.EventSourced.Projections.Figures;
using Marten;

namespace Fupin.EventSourced.Projections.Plans;

/// <summary>
/// A county's figures for a year as one canonical JSON document: fixed property order, figures in the order of
/// <see cref="Figure"/>, zero figures left out, amounts without trailing zeros, no whitespace, UTF-8. The same
/// figures always give the same bytes, so the SHA-256 of the bytes identifies what was submitted and approved.
/// </summary>
public static class CountyReportDocument
{
    public static async Task<ReportDocument> ComputeAsync(
        IQuerySession session, string countyCode, int year, DateOnly? asOf, long? knownThrough, CancellationToken ct)
    {
        var totals = await FigureLedger.TotalsAsync(session, new FigureQuery(countyCode, year, asOf, knownThrough), ct);
        return Of(countyCode, year, asOf, totals.KnownThrough, totals.Figures);
    }

    public static ReportDocument Of(string countyCode, int year, DateOnly? asOf, long knownThrough, IReadOnlyDictionary<Figure, decimal> totals)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("countyCode", countyCode);
            json.WriteNumber("year", year);
            if (asOf is { } day)
            {
                json.WriteString("asOf", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            json.WriteNumber("knownThrough", knownThrough);
            json.WriteStartArray("figures");
            foreach (var figure in Enum.GetValues<Figure>())
            {
                if (totals.GetValueOrDefault(figure) is var total && total != 0)
                {
                    json.WriteStartObject();
                    json.WriteString("figure", figure.ToString());
                    json.WriteNumber("total", Normalized(total));
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        var bytes = buffer.ToArray();
        return new ReportDocument(Encoding.UTF8.GetString(bytes), Hash(bytes), knownThrough);
    }

    /// <summary>Lower-case hex SHA-256 of the document's UTF-8 bytes.</summary>
    public static string Hash(byte[] utf8) => Convert.ToHexStringLower(SHA256.HashData(utf8));

    /// <summary>The figures a document states, read back (for the corrections after approval).</summary>
    public static IReadOnlyDictionary<Figure, decimal> FiguresOf(string document)
    {
        using var parsed = JsonDocument.Parse(document);
        return parsed.RootElement.GetProperty("figures").EnumerateArray()
            .ToDictionary(f => Enum.Parse<Figure>(f.GetProperty("figure").GetString()!), f => f.GetProperty("total").GetDecimal());
    }

    /// <summary>3.00 and 3 are one amount: the same bytes whatever scale the sum came back with.</summary>
    private static decimal Normalized(decimal value) => value / 1.000000000000000000000000000000000m;
}
