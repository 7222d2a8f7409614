using System.Net.Http.Json;
using Fupin.EventSourced.Api.Counties.ListingCounties;
using Fupin.EventSourced.Api.Counties.ListingVillages;

namespace Fupin.EventSourced.Faults.Tests.Infrastructure;

/// <summary>The county read models reduced to what must match: how many villages, which, under which names.</summary>
public sealed record CountyModel(string CountyCode, string County, int VillageCount, IReadOnlyList<(string Code, string Name)> Villages)
{
    /// <summary>
    /// What rebuilding the county read models from the stored events gives, worked out here independently of the
    /// projections: every registered village once, in its county, under its latest name.
    /// </summary>
    public static Dictionary<string, CountyModel> RebuildFrom(IEnumerable<StoredEvent> events)
    {
        var counties = new Dictionary<string, string>();
        var villages = new SortedDictionary<string, (string County, string Name)>(StringComparer.Ordinal);
        foreach (var stored in events.OrderBy(e => e.StreamKey, StringComparer.Ordinal).ThenBy(e => e.Version))
        {
            if (stored.Registered is { } registered)
            {
                counties[registered.CountyCode] = registered.County;
                villages[registered.VillageCode] = (registered.CountyCode, registered.Name);
            }
            else if (stored.Corrected is { } corrected && villages.TryGetValue(corrected.VillageCode, out var village))
            {
                villages[corrected.VillageCode] = village with { Name = corrected.Name };
            }
        }

        return villages
            .GroupBy(v => v.Value.County, v => (Code: v.Key, v.Value.Name))
            .ToDictionary(g => g.Key, g => new CountyModel(g.Key, counties[g.Key], g.Count(), [.. g]));
    }

    /// <summary>
    /// What the API serves: the async counts of <c>GET /api/counties</c>, and each county's villages from the
    /// inline documents.
    /// </summary>
    public static async Task<Dictionary<string, CountyModel>> ServedBy(HttpClient analyst)
    {
        var counties = await analyst.GetFromJsonAsync<List<CountySummary>>("/api/counties") ?? [];
        var served = new Dictionary<string, CountyModel>();
        foreach (var county in counties)
        {
            var view = (await analyst.GetFromJsonAsync<CountyVillagesView>($"/api/counties/{county.CountyCode}/villages"))!;
            served[county.CountyCode] = new CountyModel(view.CountyCode, county.County, county.VillageCount,
                [.. view.Villages.Select(v => (v.Code, v.Name))]);
        }

        return served;
    }

    /// <summary>Every way <paramref name="actual"/> differs from <paramref name="expected"/>; empty when they agree.</summary>
    public static List<string> Differences(
        IReadOnlyDictionary<string, CountyModel> expected, IReadOnlyDictionary<string, CountyModel> actual)
    {
        var differences = new List<string>();
        foreach (var code in expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
        {
            if (!actual.TryGetValue(code, out var got))
            {
                differences.Add($"county {code}: missing from the read model ({expected[code].VillageCount} villages expected)");
                continue;
            }

            if (!expected.TryGetValue(code, out var want))
            {
                differences.Add($"county {code}: in the read model with {got.VillageCount} villages, but no event registers one");
                continue;
            }

            if (got.VillageCount != want.VillageCount || got.Villages.Count != want.VillageCount)
            {
                differences.Add($"county {code}: {got.VillageCount} villages counted and {got.Villages.Count} listed, " +
                                $"{want.VillageCount} registered");
            }

            if (got.County != want.County)
            {
                differences.Add($"county {code}: named {got.County}, registered as {want.County}");
            }

            differences.AddRange(got.Villages.GroupBy(v => v.Code).Where(g => g.Count() > 1)
                .Select(g => $"county {code}: village {g.Key} listed {g.Count()} times"));
            var gotNames = got.Villages.GroupBy(v => v.Code).ToDictionary(g => g.Key, g => g.Last().Name);
            var wantNames = want.Villages.ToDictionary(v => v.Code, v => v.Name);
            differences.AddRange(wantNames.Keys.Except(gotNames.Keys).Select(v => $"county {code}: village {v} missing (skipped)"));
            differences.AddRange(gotNames.Keys.Except(wantNames.Keys).Select(v => $"county {code}: village {v} listed but never registered"));
            differences.AddRange(wantNames.Where(v => gotNames.TryGetValue(v.Key, out var name) && name != v.Value)
                .Select(v => $"county {code}: village {v.Key} named {gotNames[v.Key]}, latest event says {v.Value}"));
        }

        return differences;
    }
}
