using System.Globalization;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Figures;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Api.Tests.Infrastructure;

/// <summary>The figure ledger read through the API (wait for projections first: it is built asynchronously).</summary>
public static class FigureScenarios
{
    public static async Task<DivisionFigures> Figures(this HttpClient client, string division, int year, DateOnly? asOf = null, DateTimeOffset? knownOn = null)
    {
        var query = Query(("asOf", asOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("knownOn", knownOn?.ToString("O", CultureInfo.InvariantCulture)));
        return (await client.GetFromJsonAsync<DivisionFigures>($"/api/figures/divisions/{division}/years/{year}{query}", EnvoyScenarios.Json))!;
    }

    /// <summary>One figure of a division in a year.</summary>
    public static async Task<decimal> Figure(this HttpClient client, Figure figure, string division, int year) =>
        (await client.Figures(division, year)).Figures[figure];

    public static async Task<FigureExplanation> Explained(
        this HttpClient client, Figure figure, string division, int year, long? after = null, int? limit = null, DateOnly? asOf = null)
    {
        var query = Query(("after", after?.ToString(CultureInfo.InvariantCulture)), ("limit", limit?.ToString(CultureInfo.InvariantCulture)),
            ("asOf", asOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return (await client.GetFromJsonAsync<FigureExplanation>($"/api/figures/{figure}/divisions/{division}/years/{year}/events{query}", EnvoyScenarios.Json))!;
    }

    private static string Query(params (string Name, string? Value)[] parameters)
    {
        var given = parameters.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return given.Count == 0 ? "" : "?" + string.Join('&', given);
    }
}
