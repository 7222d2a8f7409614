using Fupin.EventSourced.Domain.Villages.CorrectingName;
using Fupin.EventSourced.Domain.Villages.Registering;

namespace Fupin.EventSourced.Domain.Villages;

/// <summary>
/// A key village (扶贫工作重点村) as its event stream has built it. The stream is keyed by the village code;
/// <see cref="Version"/> is the stream version, which clients echo in <c>If-Match</c> to change the village.
/// </summary>
public sealed record Village : IStreamState
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string CountyCode { get; init; }
    public required string County { get; init; }
    public required string TownshipCode { get; init; }
    public required string Township { get; init; }
    public long Version { get; init; }

    public static Village Create(VillageRegistered registered) => new()
    {
        Id = registered.VillageCode,
        Name = registered.Name,
        CountyCode = registered.CountyCode,
        County = registered.County,
        TownshipCode = registered.TownshipCode,
        Township = registered.Township,
    };

    public Village Apply(VillageNameCorrected corrected) => this with { Name = corrected.Name };

    public static NotFoundException NotFound(string villageCode) =>
        new("village.not-found", $"No village with code {villageCode} is registered.");
}
