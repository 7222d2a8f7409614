using Fupin.EventSourced.Domain.Villages.Registering;
using Marten.Events.Projections;

namespace Fupin.EventSourced.Projections.Villages;

/// <summary>
/// How many key villages a county has registered: the denominator of every "villages covered" indicator.
/// Keyed by the county's 6-digit administrative division code.
/// </summary>
/// <remarks>
/// Kept to a count on purpose: one small document per county, touched once per registration. An earlier shape
/// that also listed the villages rewrote the whole county on every event (O(villages) each; half the cost of a
/// rebuild). The list itself is read from the inline <see cref="Domain.Villages.Village"/> documents.
/// </remarks>
public sealed record CountyVillageCount
{
    public required string Id { get; init; }
    public required string County { get; init; }
    public int VillageCount { get; init; }
}

/// <summary>Built asynchronously by the projection daemon: it spans many village streams.</summary>
public sealed partial class CountyVillageCountProjection : MultiStreamProjection<CountyVillageCount, string>
{
    public CountyVillageCountProjection() => Identity<VillageRegistered>(e => e.CountyCode);

    public static CountyVillageCount Create(VillageRegistered registered) =>
        new() { Id = registered.CountyCode, County = registered.County, VillageCount = 1 };

    public static CountyVillageCount Apply(VillageRegistered registered, CountyVillageCount county) =>
        county with { County = registered.County, VillageCount = county.VillageCount + 1 };
}
