using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.Demands.Closing;

/// <summary>
/// Close a demand as met or not met, with the reason. A demand is met through what it was matched to, so only a
/// matched demand can be closed as met; any open demand can be closed as not met (withdrawn, no expert found).
/// </summary>
/// <param name="Outcome">Met or not met.</param>
/// <param name="On">The business date of the closing; its year is the year a met demand counts for.</param>
/// <param name="Reason">Why, e.g. <c>技术已掌握，番茄亩产提高 20%</c>; kept for auditors.</param>
public sealed record CloseDemand(DemandOutcome Outcome, DateOnly On, string Reason)
{
    public const int MaxReasonLength = 500;

    public static DemandClosed Decide(CloseDemand command, Demand demand)
    {
        if (demand.ClosedOn is { } closed)
        {
            throw DemandErrors.AlreadyClosed.Because($"Demand {demand.Id} was closed as {demand.Outcome} on {closed:yyyy-MM-dd}.");
        }

        if (command.Outcome == DemandOutcome.Met && demand.Matches.Count == 0)
        {
            throw DemandErrors.NotMatched.Because($"Demand {demand.Id} was never matched, so it cannot have been met; close it as not met.");
        }

        var latest = demand.Matches.Select(m => m.On).Append(demand.RaisedOn).Append(demand.Agreement?.SignedOn ?? demand.RaisedOn).Max();
        if (command.On < latest)
        {
            throw DemandErrors.DateOutOfOrder.Because($"Demand {demand.Id}'s latest step was on {latest:yyyy-MM-dd}; it cannot be closed before that.");
        }

        return new DemandClosed(demand.Id, demand.VillageCode, command.Outcome, command.On, command.Reason.Trim());
    }
}

/// <summary>A demand was closed on <paramref name="On"/> as <paramref name="Outcome"/>.</summary>
public sealed record DemandClosed(string DemandId, string VillageCode, DemandOutcome Outcome, DateOnly On, string Reason) : IEventOf<Demand>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => Outcome == DemandOutcome.Met ? [new(Figure.DemandsMet, VillageCode, On, 1)] : [];
}

public sealed class CloseDemandValidator : AbstractValidator<CloseDemand>
{
    public CloseDemandValidator()
    {
        RuleFor(x => x.Outcome).IsInEnum();
        RuleFor(x => x.On).MustBeBusinessDate();
        RuleFor(x => x.Reason).MustBeText(CloseDemand.MaxReasonLength);
    }
}
