using System.Text.Json.Serialization;
using Fupin.EventSourced.Domain.FieldWork.Activities.Correcting;
using Fupin.EventSourced.Domain.FieldWork.Activities.Recording;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.FieldWork.Activities;

/// <summary>Kinds of activity (seed 001: 专家基层行, 农业科技成果推广 …, 20 a year; seed 000 task 11: 科技下乡, 科技活动周).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActivityKind>))]
public enum ActivityKind
{
    /// <summary>Experts visiting the grass roots (科技扶贫专家基层行).</summary>
    ExpertVisit,

    /// <summary>Promotion of S&amp;T results (农业科技成果推广).</summary>
    Promotion,

    /// <summary>Popular-science events (科技下乡, 科技活动周).</summary>
    SciencePopularisation,

    Other,
}

/// <summary>The recorded values of an activity, which a correction replaces as a whole.</summary>
/// <param name="Kind">What kind of activity.</param>
/// <param name="Title">What it was, e.g. <c>蔬菜专家基层行</c>.</param>
/// <param name="Place">Where, e.g. <c>汀头村文化广场</c>.</param>
/// <param name="HeldOn">The business date; its year is the year it counts for.</param>
/// <param name="Participants">How many took part.</param>
public sealed record ActivityDetails(ActivityKind Kind, string Title, string Place, DateOnly HeldOn, int Participants)
{
    public IEnumerable<FigureCount> Counts(string divisionCode) => [new(Figure.ActivitiesHeld, divisionCode, HeldOn, 1)];
}

/// <summary>An activity held in a division (an expert visit, a promotion event), one stream per activity.</summary>
public sealed record Activity : IStreamState<Activity>, IFieldFactState<ActivityDetails>
{
    public required string Id { get; init; }
    public required string DivisionCode { get; init; }
    public required ActivityDetails Details { get; init; }
    public int Year { get; init; }
    public int Corrections { get; init; }
    public long Version { get; init; }

    public static Activity Evolve(Activity? state, object @event) => @event switch
    {
        ActivityHeld e => new() { Id = e.ActivityId, DivisionCode = e.DivisionCode, Details = e.Details, Year = e.Details.HeldOn.Year },
        ActivityCorrected e => StreamStates.Started(state, e) with { Details = e.Now, Year = e.Now.HeldOn.Year, Corrections = state.Corrections + 1 },
        _ => throw StreamStates.Unexpected(state, @event),
    };

    public static DomainException NotFound(string id) => FieldWorkErrors.ActivityNotFound.Because($"No activity with id {id} is recorded.");
}
