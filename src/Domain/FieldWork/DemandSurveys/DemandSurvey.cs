using Fupin.EventSourced.Domain.FieldWork.DemandSurveys.Correcting;
using Fupin.EventSourced.Domain.FieldWork.DemandSurveys.Recording;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.FieldWork.DemandSurveys;

/// <summary>The recorded values of a demand survey, which a correction replaces as a whole.</summary>
/// <param name="SurveyedOn">The business date the survey closed; its year is the year it counts for.</param>
/// <param name="VillagesSurveyed">How many key villages were surveyed.</param>
/// <param name="Summary">What was asked or found, e.g. <c>重点村蔬菜产业技术需求</c>.</param>
public sealed record DemandSurveyDetails(DateOnly SurveyedOn, int VillagesSurveyed, string Summary)
{
    public IEnumerable<FigureCount> Counts(string divisionCode) => [new(Figure.DemandSurveys, divisionCode, SurveyedOn, 1)];
}

/// <summary>A survey of key villages' technology demands (技术需求调研, seed 001: twice a year), one stream per survey.</summary>
public sealed record DemandSurvey : IStreamState<DemandSurvey>, IFieldFactState<DemandSurveyDetails>
{
    public required string Id { get; init; }
    public required string DivisionCode { get; init; }
    public required DemandSurveyDetails Details { get; init; }
    public int Year { get; init; }
    public int Corrections { get; init; }
    public long Version { get; init; }

    public static DemandSurvey Evolve(DemandSurvey? state, object @event) => @event switch
    {
        DemandSurveyed e => new() { Id = e.SurveyId, DivisionCode = e.DivisionCode, Details = e.Details, Year = e.Details.SurveyedOn.Year },
        DemandSurveyCorrected e => StreamStates.Started(state, e) with { Details = e.Now, Year = e.Now.SurveyedOn.Year, Corrections = state.Corrections + 1 },
        _ => throw StreamStates.Unexpected(state, @event),
    };

    public static DomainException NotFound(string id) => FieldWorkErrors.DemandSurveyNotFound.Because($"No demand survey with id {id} is recorded.");
}
