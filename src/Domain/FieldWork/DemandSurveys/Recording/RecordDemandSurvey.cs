using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.FieldWork.DemandSurveys.Recording;

/// <summary>Record a survey of key villages' technology demands carried out by a division.</summary>
/// <param name="DivisionCode">The division that surveyed: a city, county or township code.</param>
/// <param name="SurveyedOn">The business date the survey closed, e.g. <c>2018-07-31</c>.</param>
/// <param name="VillagesSurveyed">How many key villages were surveyed (at least 1).</param>
/// <param name="Summary">What was asked or found.</param>
public sealed record RecordDemandSurvey(string DivisionCode, DateOnly SurveyedOn, int VillagesSurveyed, string Summary)
{
    public static Decision Decide(RecordDemandSurvey command, string surveyId) =>
        Decision.Start<DemandSurvey>(surveyId, new DemandSurveyed(surveyId, command.DivisionCode,
            new DemandSurveyDetails(command.SurveyedOn, command.VillagesSurveyed, command.Summary.Trim())));
}

/// <summary><paramref name="DivisionCode"/> surveyed its key villages' technology demands.</summary>
public sealed record DemandSurveyed(string SurveyId, string DivisionCode, DemandSurveyDetails Details) : IEventOf<DemandSurvey>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => Details.Counts(DivisionCode);
}

public sealed class RecordDemandSurveyValidator : AbstractValidator<RecordDemandSurvey>
{
    public RecordDemandSurveyValidator()
    {
        RuleFor(x => x.DivisionCode).MustBeDivision();
        RuleFor(x => x.SurveyedOn).MustBeBusinessDate();
        RuleFor(x => x.VillagesSurveyed).InclusiveBetween(1, FieldWorkRules.MaxHeadcount);
        RuleFor(x => x.Summary).MustBeText(FieldWorkRules.MaxTextLength);
    }
}
