using Fupin.EventSourced.Domain.Villages.CorrectingName;
using Fupin.EventSourced.Domain.Villages.Registering;
using Marten.Events.Projections;

namespace Fupin.EventSourced.Projections.Villages;

/// <summary>
/// How many key villages a county has registered, and which: the denominator of every "villages covered"
/// indicator. Keyed by the county's 6-digit administrative division code.
/// </summary>
public sealed record CountyVillages
{
    public required string Id { get; init; }
    public required string County { get; init; }
    public int VillageCount { get; init; }
    public IReadOnlyList<CountyVillage> Villages { get; init; } = [];
}

/// <summary>One village of a county, as named now.</summary>
public sealed record CountyVillage(string Code, string Name, string Township);

/// <summary>Built asynchronously by the projection daemon: it spans many village streams.</summary>
public sealed partial class CountyVillagesProjection : MultiStreamProjection<CountyVillages, string>
{
    public CountyVillagesProjection()
    {
        Identity<VillageRegistered>(e => e.CountyCode);
        Identity<VillageNameCorrected>(e => e.VillageCode[..6]);
    }

    public static CountyVillages Create(VillageRegistered registered) =>
        Apply(registered, new CountyVillages { Id = registered.CountyCode, County = registered.County });

    public static CountyVillages Apply(VillageRegistered registered, CountyVillages county)
    {
        var village = new CountyVillage(registered.VillageCode, registered.Name, registered.Township);
        var villages = county.Villages
            .Where(v => v.Code != registered.VillageCode)
            .Append(village)
            .OrderBy(v => v.Code, StringComparer.Ordinal)
            .ToList();
        return county with { County = registered.County, Villages = villages, VillageCount = villages.Count };
    }

    public static CountyVillages Apply(VillageNameCorrected corrected, CountyVillages county) =>
        county with
        {
            Villages = county.Villages
                .Select(v => v.Code == corrected.VillageCode ? v with { Name = corrected.Name } : v)
                .ToList(),
        };
}
