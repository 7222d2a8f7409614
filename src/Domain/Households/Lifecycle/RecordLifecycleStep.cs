using FluentValidation;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.Households.Lifecycle;

/// <summary>
/// Take a household one step through the exit procedure: propose, village review, public notice, objection,
/// county approval, exit; return to poverty; monitoring and release. Only the transitions of <see cref="HouseholdLifecycle"/>
/// are allowed.
/// </summary>
/// <param name="Step">The step taken.</param>
/// <param name="On">Its business date; a public notice runs from this date.</param>
/// <param name="DocumentReference">The decision's document, e.g. <c>注滋口镇〔2019〕12号</c>.</param>
/// <param name="ExitYear">For <c>MarkExited</c>: the year the household counts as out of poverty; its date's year when omitted.</param>
public sealed record RecordLifecycleStep(LifecycleStep Step, DateOnly On, string DocumentReference, int? ExitYear = null)
{
    /// <summary>The default minimum length of a public notice (at least a week; <c>Households:MinimumNoticeDays</c>).</summary>
    public const int DefaultMinimumNoticeDays = 7;

    public static HouseholdStatusChanged Decide(RecordLifecycleStep command, Household household, int minimumNoticeDays, DateOnly today)
    {
        if (!HouseholdLifecycle.Transitions.TryGetValue((household.Status, command.Step), out var to))
        {
            var allowed = HouseholdLifecycle.Transitions.Keys.Where(k => k.From == household.Status).Select(k => k.Step.ToString()).ToList();
            throw HouseholdErrors.StepNotAllowed.Because(
                $"Household {household.Id} is {household.Status}; {command.Step} is not allowed from there" +
                (allowed.Count > 0 ? $" (allowed: {string.Join(", ", allowed)})." : " (no step is)."));
        }

        if (command.On > today)
        {
            throw HouseholdErrors.DateOutOfOrder.Because($"{command.Step} is dated {command.On:yyyy-MM-dd}, after today ({today:yyyy-MM-dd}).");
        }

        if (household.StatusSince is { } since && command.On < since)
        {
            throw HouseholdErrors.DateOutOfOrder.Because(
                $"{command.Step} is dated {command.On:yyyy-MM-dd}, before the household's previous step on {since:yyyy-MM-dd}.");
        }

        if (command.Step == LifecycleStep.ApproveExit && household.NoticeStartedOn is { } started
            && command.On < started.AddDays(minimumNoticeDays))
        {
            throw HouseholdErrors.NoticeTooShort.Because(
                $"The public notice started on {started:yyyy-MM-dd} and must run at least {minimumNoticeDays} days: " +
                $"the county may approve from {started.AddDays(minimumNoticeDays):yyyy-MM-dd}.");
        }

        var exitYear = command.Step == LifecycleStep.MarkExited ? command.ExitYear ?? command.On.Year : (int?)null;
        return new HouseholdStatusChanged(household.Id, household.VillageCode, command.Step, household.Status, to, command.On,
            command.DocumentReference.Trim(), exitYear);
    }
}

/// <summary>A household moved from <paramref name="From"/> to <paramref name="To"/> by <paramref name="Step"/> on <paramref name="On"/>.</summary>
public sealed record HouseholdStatusChanged(
    string HouseholdId,
    string VillageCode,
    LifecycleStep Step,
    HouseholdStatus From,
    HouseholdStatus To,
    DateOnly On,
    string DocumentReference,
    int? ExitYear) : IEventOf<Household>, ICountedEvent
{
    /// <summary>An exit counts for its exit year: on its date when that falls in the year, else on the year's last day.</summary>
    public IEnumerable<FigureCount> Counts() => Step == LifecycleStep.MarkExited && ExitYear is { } year
        ? [new(Figure.HouseholdsExited, VillageCode, On.Year == year ? On : new DateOnly(year, 12, 31), 1)]
        : [];
}

public sealed class RecordLifecycleStepValidator : AbstractValidator<RecordLifecycleStep>
{
    public RecordLifecycleStepValidator()
    {
        RuleFor(x => x.Step).IsInEnum();
        RuleFor(x => x.On).InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31));
        RuleFor(x => x.DocumentReference).MustBeText(HouseholdRules.MaxTextLength);
        RuleFor(x => x.ExitYear!.Value).InclusiveBetween(2000, 2100).When(x => x.ExitYear is not null)
            .OverridePropertyName(nameof(RecordLifecycleStep.ExitYear));
        RuleFor(x => x.ExitYear).Null().When(x => x.Step != LifecycleStep.MarkExited)
            .WithMessage("'Exit Year' belongs to the MarkExited step only.");
    }
}
