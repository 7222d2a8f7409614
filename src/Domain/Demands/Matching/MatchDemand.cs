using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Experts;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Technologies;

namespace Fupin.EventSourced.Domain.Demands.Matching;

/// <summary>
/// Match (对接) an open demand with an expert of the expert registry or a technology achievement of the technology
/// registry (seed 004). Give exactly one of the two. A demand may be matched several times, never twice to the same
/// expert or technology.
/// </summary>
/// <param name="On">The business date of the match; not before the demand was raised.</param>
/// <param name="ExpertId">The expert matched.</param>
/// <param name="TechnologyId">The technology achievement matched.</param>
public sealed record MatchDemand(DateOnly On, string? ExpertId = null, string? TechnologyId = null)
{
    public static DemandMatched Decide(MatchDemand command, string matchId, Demand demand, Expert? expert, Technology? technology)
    {
        if (demand.ClosedOn is { } closed)
        {
            throw DemandErrors.Closed.Because($"Demand {demand.Id} was closed on {closed:yyyy-MM-dd} and takes no more matches.");
        }

        if (command.On < demand.RaisedOn)
        {
            throw DemandErrors.DateOutOfOrder.Because(
                $"Demand {demand.Id} was raised on {demand.RaisedOn:yyyy-MM-dd}; it cannot be matched before that.");
        }

        if (demand.Matches.FirstOrDefault(m => (expert is not null && m.ExpertId == expert.Id)
                                               || (technology is not null && m.TechnologyId == technology.Id)) is { } earlier)
        {
            throw DemandErrors.AlreadyMatched.Because(
                $"Demand {demand.Id} was matched to {(expert is not null ? "expert " + expert.Id : "technology " + technology!.Id)} on {earlier.On:yyyy-MM-dd} (match {earlier.Id}).");
        }

        return new DemandMatched(demand.Id, demand.VillageCode, matchId, expert?.Id, technology?.Id, command.On, First: demand.Matches.Count == 0);
    }
}

/// <summary>
/// A demand was matched to an expert or a technology achievement on <paramref name="On"/>. <paramref name="First"/>
/// says whether it was the demand's first match: a demand counts as matched once, however many matches it gets.
/// </summary>
public sealed record DemandMatched(
    string DemandId,
    string VillageCode,
    string MatchId,
    string? ExpertId,
    string? TechnologyId,
    DateOnly On,
    bool First) : IEventOf<Demand>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => First ? [new(Figure.DemandsMatched, VillageCode, On, 1)] : [];
}

public sealed class MatchDemandValidator : AbstractValidator<MatchDemand>
{
    public MatchDemandValidator()
    {
        RuleFor(x => x.On).MustBeBusinessDate();
        RuleFor(x => x.ExpertId!).MustBeText(ExpertRules.MaxIdLength).When(x => x.ExpertId is not null);
        RuleFor(x => x.TechnologyId!).MustBeText(ExpertRules.MaxIdLength).When(x => x.TechnologyId is not null);
        RuleFor(x => x.ExpertId).NotNull().When(x => x.TechnologyId is null)
            .WithMessage("Give an expert or a technology achievement to match the demand to.");
        RuleFor(x => x.TechnologyId).Null().When(x => x.ExpertId is not null)
            .WithMessage("Give either an expert or a technology achievement, not both.");
    }
}
