using System.Text.Json.Serialization;
using Fupin.EventSourced.Domain.FieldWork.Recognitions.Correcting;
using Fupin.EventSourced.Domain.FieldWork.Recognitions.Recognising;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.FieldWork.Recognitions;

/// <summary>Who was recognised (seed 001: about 50 科技致富带头人 and 示范户 a year).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RecognitionKind>))]
public enum RecognitionKind
{
    /// <summary>A local leader who got rich through technology and leads others (科技致富带头人).</summary>
    TechLeader,

    /// <summary>A household whose fields demonstrate a technique to others (示范户).</summary>
    DemonstrationHousehold,
}

/// <summary>The recorded values of a recognition, which a correction replaces as a whole.</summary>
/// <param name="Kind">Tech leader or demonstration household.</param>
/// <param name="RecognisedOn">The business date; its year is the year it counts for.</param>
/// <param name="Name">The person's or household's name when no registered household is linked; personal data, shown masked to all but operators.</param>
public sealed record RecognitionDetails(RecognitionKind Kind, DateOnly RecognisedOn, string? Name)
{
    public IEnumerable<FigureCount> Counts(string villageCode) =>
    [
        new(Kind == RecognitionKind.TechLeader ? Figure.TechLeadersRecognised : Figure.DemonstrationHouseholdsRecognised, villageCode, RecognisedOn, 1),
    ];
}

/// <summary>
/// A tech leader or demonstration household recognised in a key village, one stream per recognition. It belongs to
/// its village and is linked to the registered household when there is one.
/// </summary>
public sealed record Recognition : IStreamState<Recognition>
{
    public required string Id { get; init; }
    public required string VillageCode { get; init; }
    public string? HouseholdId { get; init; }
    public required RecognitionDetails Details { get; init; }
    public int Year { get; init; }
    public int Corrections { get; init; }
    public long Version { get; init; }
    public string DivisionCode => VillageCode;

    public static Recognition Evolve(Recognition? state, object @event) => @event switch
    {
        Recognised e => new()
        {
            Id = e.RecognitionId, VillageCode = e.VillageCode, HouseholdId = e.HouseholdId, Details = e.Details, Year = e.Details.RecognisedOn.Year,
        },
        RecognitionCorrected e => StreamStates.Started(state, e) with
        {
            Details = e.Now, Year = e.Now.RecognisedOn.Year, Corrections = state.Corrections + 1,
        },
        _ => throw StreamStates.Unexpected(state, @event),
    };

    public static DomainException NotFound(string id) => FieldWorkErrors.RecognitionNotFound.Because($"No recognition with id {id} is recorded.");
}
