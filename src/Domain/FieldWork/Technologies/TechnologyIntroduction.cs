using Fupin.EventSourced.Domain.FieldWork.Technologies.Correcting;
using Fupin.EventSourced.Domain.FieldWork.Technologies.Introducing;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Technologies;

namespace Fupin.EventSourced.Domain.FieldWork.Technologies;

/// <summary>The recorded values of an introduction, which a correction replaces as a whole.</summary>
/// <param name="Title">What was introduced, e.g. <c>鲁研 1 号黄瓜</c>.</param>
/// <param name="Kind">What kind of technology (the registry's kinds: variety, technique, equipment, product…; seed 001: 20 varieties and techniques a year).</param>
/// <param name="IntroducedOn">The business date; its year is the year it counts for.</param>
public sealed record TechnologyDetails(string Title, TechnologyKind Kind, DateOnly IntroducedOn)
{
    public IEnumerable<FigureCount> Counts(string villageCode) => [new(Figure.TechnologiesIntroduced, villageCode, IntroducedOn, 1)];
}

/// <summary>
/// A new variety or technique introduced to a key village, as its stream has built it: one stream per
/// introduction (no rule spans two of them, and a correction points at one). It belongs to its village.
/// </summary>
public sealed record TechnologyIntroduction : IStreamState<TechnologyIntroduction>, IFieldFactState<TechnologyDetails>
{
    public required string Id { get; init; }
    public required string VillageCode { get; init; }
    public required TechnologyDetails Details { get; init; }

    /// <summary>The year it counts for, kept as a column so a division's year is listed from an index.</summary>
    public int Year { get; init; }

    public int Corrections { get; init; }
    public long Version { get; init; }
    public string DivisionCode => VillageCode;

    public static TechnologyIntroduction Evolve(TechnologyIntroduction? state, object @event) => @event switch
    {
        TechnologyIntroduced e => new() { Id = e.TechnologyId, VillageCode = e.VillageCode, Details = e.Details, Year = e.Details.IntroducedOn.Year },
        TechnologyIntroductionCorrected e => StreamStates.Started(state, e) with
        {
            Details = e.Now, Year = e.Now.IntroducedOn.Year, Corrections = state.Corrections + 1,
        },
        _ => throw StreamStates.Unexpected(state, @event),
    };

    public static DomainException NotFound(string id) =>
        FieldWorkErrors.TechnologyNotFound.Because($"No technology introduction with id {id} is recorded.");
}
