using Fupin.EventSourced.Domain.FieldWork.Brochures.Correcting;
using Fupin.EventSourced.Domain.FieldWork.Brochures.Distributing;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.FieldWork.Brochures;

/// <summary>The recorded values of a distribution, which a correction replaces as a whole.</summary>
/// <param name="Title">What was handed out, e.g. <c>蔬菜病虫害防治手册</c>.</param>
/// <param name="Place">Where, e.g. <c>注滋口镇集市</c>.</param>
/// <param name="DistributedOn">The business date; its year is the year it counts for.</param>
/// <param name="Copies">How many copies (seed 001: 3,000 a year).</param>
public sealed record BrochureDetails(string Title, string Place, DateOnly DistributedOn, int Copies)
{
    public IEnumerable<FigureCount> Counts(string divisionCode) => [new(Figure.BrochuresDistributed, divisionCode, DistributedOn, Copies)];
}

/// <summary>Brochures (科技宣传材料) handed out on one day in one place, one stream per distribution.</summary>
public sealed record BrochureDistribution : IStreamState<BrochureDistribution>, IFieldFactState<BrochureDetails>
{
    public required string Id { get; init; }
    public required string DivisionCode { get; init; }
    public required BrochureDetails Details { get; init; }
    public int Year { get; init; }
    public int Corrections { get; init; }
    public long Version { get; init; }

    public static BrochureDistribution Evolve(BrochureDistribution? state, object @event) => @event switch
    {
        BrochuresDistributed e => new() { Id = e.DistributionId, DivisionCode = e.DivisionCode, Details = e.Details, Year = e.Details.DistributedOn.Year },
        BrochureDistributionCorrected e => StreamStates.Started(state, e) with
        {
            Details = e.Now, Year = e.Now.DistributedOn.Year, Corrections = state.Corrections + 1,
        },
        _ => throw StreamStates.Unexpected(state, @event),
    };

    public static DomainException NotFound(string id) =>
        FieldWorkErrors.BrochureDistributionNotFound.Because($"No brochure distribution with id {id} is recorded.");
}
