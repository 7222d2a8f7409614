using System.Text.Json.Serialization;
using Fupin.EventSourced.Domain.Parks.Pairing;
using Fupin.EventSourced.Domain.Parks.Radiating;
using Fupin.EventSourced.Domain.Parks.RecordingJobs;
using Fupin.EventSourced.Domain.Parks.Registering;

namespace Fupin.EventSourced.Domain.Parks;

/// <summary>The level that designated an agricultural S&amp;T park (seed 001: 8 provincial parks in Zibo).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ParkLevel>))]
public enum ParkLevel
{
    National,
    Provincial,
    Municipal,
}

/// <summary>
/// An agricultural S&amp;T park (农业科技园区) as its stream has built it: the key villages it is paired with (结对帮扶,
/// seed 001: at least 2 each), the villages it radiates to (about 5) and the jobs it created for them (50). One
/// stream per park: a pairing's rule (a village is paired once) reads only the park.
/// </summary>
public sealed record Park : IStreamState<Park>
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public ParkLevel Level { get; init; }

    /// <summary>The 6-digit county or city code of the park's location.</summary>
    public required string DivisionCode { get; init; }

    public IReadOnlyList<ParkPairing> Pairings { get; init; } = [];
    public IReadOnlyList<ParkPairing> Radiations { get; init; } = [];
    public IReadOnlyList<ParkJobs> Jobs { get; init; } = [];
    public long Version { get; init; }

    public static Park Evolve(Park? park, object @event) => @event switch
    {
        ParkRegistered e => new() { Id = e.ParkId, Name = e.Name, Level = e.Level, DivisionCode = e.DivisionCode },
        ParkPairedWithVillage e => StreamStates.Started(park, e) with { Pairings = [.. park.Pairings, new ParkPairing(e.VillageCode, e.From)] },
        ParkRadiatedToVillage e => StreamStates.Started(park, e) with { Radiations = [.. park.Radiations, new ParkPairing(e.VillageCode, e.From)] },
        ParkJobsRecorded e => StreamStates.Started(park, e) with { Jobs = [.. park.Jobs, new ParkJobs(e.RecordId, e.Jobs, e.On)] },
        _ => throw StreamStates.Unexpected(park, @event),
    };

    public static DomainException NotFound(string id) => ParkErrors.NotFound.Because($"No park with id {id} is registered.");
}

/// <summary>A key village the park is paired with or radiates to, from a business date.</summary>
public sealed record ParkPairing(string VillageCode, DateOnly From);

/// <summary>Jobs the park created for key villages, as recorded on one date.</summary>
public sealed record ParkJobs(string Id, int Jobs, DateOnly On);
