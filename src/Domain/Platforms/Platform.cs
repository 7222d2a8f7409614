using System.Text.Json.Serialization;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Platforms.Founding;

namespace Fupin.EventSourced.Domain.Platforms;

/// <summary>Kinds of innovation platform (seed 001: 1 national 星创天地 and 10 provincial 农科驿站 a year).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlatformKind>))]
public enum PlatformKind
{
    /// <summary>An incubation space for rural innovation (星创天地).</summary>
    StarMakerSpace,

    /// <summary>A rural S&amp;T station (农科驿站).</summary>
    AgriStation,

    /// <summary>An envoy work station (科技特派员工作站).</summary>
    EnvoyWorkStation,
}

/// <summary>The level that designated a platform.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlatformLevel>))]
public enum PlatformLevel
{
    National,
    Provincial,
    Municipal,
    County,
}

/// <summary>An innovation platform founded in a division, as its stream has built it.</summary>
public sealed record Platform : IStreamState<Platform>
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public PlatformKind Kind { get; init; }
    public PlatformLevel Level { get; init; }
    public required string DivisionCode { get; init; }
    public DateOnly FoundedOn { get; init; }
    public int Year { get; init; }
    public long Version { get; init; }

    public static Platform Evolve(Platform? platform, object @event) => @event switch
    {
        PlatformFounded e => new()
        {
            Id = e.PlatformId, Name = e.Name, Kind = e.Kind, Level = e.Level, DivisionCode = e.DivisionCode, FoundedOn = e.FoundedOn, Year = e.FoundedOn.Year,
        },
        _ => throw StreamStates.Unexpected(platform, @event),
    };

    public static DomainException NotFound(string id) => PlatformErrors.NotFound.Because($"No platform with id {id} is registered.");

    /// <summary>The figure a kind has of its own, besides <see cref="Figure.PlatformsFounded"/>.</summary>
    public static Figure FigureOf(PlatformKind kind) => kind switch
    {
        PlatformKind.StarMakerSpace => Figure.StarMakerSpacesFounded,
        PlatformKind.AgriStation => Figure.AgriStationsFounded,
        PlatformKind.EnvoyWorkStation => Figure.EnvoyWorkStationsFounded,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown platform kind."),
    };
}
