using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.FieldWork.DemandSurveys.Correcting;

/// <summary>Correct a recorded demand survey: every value as it should be; the division cannot change.</summary>
/// <param name="SurveyedOn">The corrected date.</param>
/// <param name="VillagesSurveyed">The corrected number of villages.</param>
/// <param name="Summary">The corrected summary.</param>
/// <param name="Reason">Why; kept for auditors.</param>
public sealed record CorrectDemandSurvey(DateOnly SurveyedOn, int VillagesSurveyed, string Summary, string Reason)
{
    public static DemandSurveyCorrected Decide(CorrectDemandSurvey command, DemandSurvey survey)
    {
        var now = new DemandSurveyDetails(command.SurveyedOn, command.VillagesSurveyed, command.Summary.Trim());
        return now == survey.Details
            ? throw FieldWorkErrors.CorrectionUnchanged.Because(FieldWorkRules.Unchanged("demand survey", survey.Id))
            : new DemandSurveyCorrected(survey.Id, survey.DivisionCode, survey.Details, now, command.Reason.Trim());
    }
}

/// <summary>A recorded demand survey was corrected from <paramref name="Replaced"/> to <paramref name="Now"/>.</summary>
public sealed record DemandSurveyCorrected(string SurveyId, string DivisionCode, DemandSurveyDetails Replaced, DemandSurveyDetails Now, string Reason)
    : IEventOf<DemandSurvey>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => FieldWorkRules.Recount(Replaced.Counts(DivisionCode), Now.Counts(DivisionCode));
}

public sealed class CorrectDemandSurveyValidator : AbstractValidator<CorrectDemandSurvey>
{
    public CorrectDemandSurveyValidator()
    {
        RuleFor(x => x.SurveyedOn).MustBeBusinessDate();
        RuleFor(x => x.VillagesSurveyed).InclusiveBetween(1, FieldWorkRules.MaxHeadcount);
        RuleFor(x => x.Summary).MustBeText(FieldWorkRules.MaxTextLength);
        RuleFor(x => x.Reason).MustBeText(FieldWorkRules.MaxReasonLength);
    }
}
