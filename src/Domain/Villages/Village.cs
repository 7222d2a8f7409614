using Fupin.EventSourced.Domain.Villages.CorrectingName;
using Fupin.EventSourced.Domain.Villages.Registering;

namespace Fupin.EventSourced.Domain.Villages;

/// <summary>
/// A key village (扶贫工作重点村) as its event stream has built it. The stream is keyed by the village code;
/// <see cref="Version"/> is the stream version, which clients echo in <c>If-Match</c> to change the village.
/// </summary>
public sealed record Village : IStreamState<Village>
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string CountyCode { get; init; }
    public required string County { get; init; }
    public required string TownshipCode { get; init; }
    public required string Township { get; init; }
    public long Version { get; init; }

    /// <summary>A village is its own division: its code.</summary>
    public string DivisionCode => Id;

    public static Village Evolve(Village? village, object @event) => @event switch
    {
        VillageRegistered e => new()
        {
            Id = e.VillageCode,
            Name = e.Name,
            CountyCode = e.CountyCode,
            County = e.County,
            TownshipCode = e.TownshipCode,
            Township = e.Township,
        },
        VillageNameCorrected e => StreamStates.Started(village, e) with { Name = e.Name },
        _ => throw StreamStates.Unexpected(village, @event),
    };

    public static DomainException NotFound(string id) =>
        VillageErrors.NotFound.Because($"No village with code {id} is registered.");
}
