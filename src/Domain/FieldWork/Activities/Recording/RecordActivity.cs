using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.FieldWork.Activities.Recording;

/// <summary>Record an activity held for the programme (an expert visit, a promotion event).</summary>
/// <param name="DivisionCode">Where it was held: a county, township or village code (or a city's, for a city-wide event).</param>
/// <param name="Kind">What kind of activity.</param>
/// <param name="Title">What it was, e.g. <c>蔬菜专家基层行</c>.</param>
/// <param name="Place">Where, e.g. <c>汀头村文化广场</c>.</param>
/// <param name="HeldOn">The business date, e.g. <c>2018-05-20</c>.</param>
/// <param name="Participants">How many took part (0 or more).</param>
public sealed record RecordActivity(string DivisionCode, ActivityKind Kind, string Title, string Place, DateOnly HeldOn, int Participants)
{
    public static Decision Decide(RecordActivity command, string activityId) =>
        Decision.Start<Activity>(activityId, new ActivityHeld(activityId, command.DivisionCode,
            new ActivityDetails(command.Kind, command.Title.Trim(), command.Place.Trim(), command.HeldOn, command.Participants)));
}

/// <summary>An activity was held in <paramref name="DivisionCode"/>.</summary>
public sealed record ActivityHeld(string ActivityId, string DivisionCode, ActivityDetails Details) : IEventOf<Activity>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => Details.Counts(DivisionCode);
}

public sealed class RecordActivityValidator : AbstractValidator<RecordActivity>
{
    public RecordActivityValidator()
    {
        RuleFor(x => x.DivisionCode).MustBeDivision();
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Title).MustBeText(FieldWorkRules.MaxTextLength);
        RuleFor(x => x.Place).MustBeText(FieldWorkRules.MaxTextLength);
        RuleFor(x => x.HeldOn).MustBeBusinessDate();
        RuleFor(x => x.Participants).InclusiveBetween(0, FieldWorkRules.MaxHeadcount);
    }
}
