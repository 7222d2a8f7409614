using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Experts;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.Demands.Agreements;

/// <summary>
/// Sign the cooperation agreement (合作协议) for a matched demand, with a responsible expert (责任专家, seed 004:
/// "each agreement names one responsible expert") and a term. The responsible expert must be one of the experts the
/// demand was matched to: the match is the registry's record that this expert serves this demand, so a demand
/// matched only to a technology gets its expert matched first. One agreement per demand.
/// </summary>
/// <param name="ResponsibleExpertId">The responsible expert; one matched to the demand.</param>
/// <param name="SignedOn">The day the agreement was signed; its year is the year it counts for.</param>
/// <param name="From">First day of the agreement's term.</param>
/// <param name="Until">Last day of the agreement's term.</param>
public sealed record SignAgreement(string ResponsibleExpertId, DateOnly SignedOn, DateOnly From, DateOnly Until)
{
    public static AgreementSigned Decide(SignAgreement command, string agreementId, Demand demand)
    {
        if (demand.ClosedOn is { } closed)
        {
            throw DemandErrors.Closed.Because($"Demand {demand.Id} was closed on {closed:yyyy-MM-dd}.");
        }

        if (demand.Agreement is { } signed)
        {
            throw DemandErrors.AgreementAlreadySigned.Because(
                $"Demand {demand.Id} has agreement {signed.Id}, signed on {signed.SignedOn:yyyy-MM-dd}.");
        }

        if (demand.Matches.Count == 0)
        {
            throw DemandErrors.NotMatched.Because($"Demand {demand.Id} has not been matched; match it to the responsible expert first.");
        }

        if (demand.Matches.FirstOrDefault(m => m.ExpertId == command.ResponsibleExpertId) is not { } match)
        {
            throw DemandErrors.ExpertNotMatched.Because(
                $"Expert {command.ResponsibleExpertId} is not matched to demand {demand.Id}; match them first.");
        }

        if (command.SignedOn < match.On)
        {
            throw DemandErrors.DateOutOfOrder.Because(
                $"The expert was matched to demand {demand.Id} on {match.On:yyyy-MM-dd}; the agreement cannot be signed before that.");
        }

        return new AgreementSigned(demand.Id, demand.VillageCode, agreementId, command.ResponsibleExpertId, command.SignedOn, command.From, command.Until);
    }
}

/// <summary>A cooperation agreement for the demand was signed on <paramref name="SignedOn"/>, for the term <paramref name="From"/>–<paramref name="Until"/>.</summary>
public sealed record AgreementSigned(
    string DemandId,
    string VillageCode,
    string AgreementId,
    string ResponsibleExpertId,
    DateOnly SignedOn,
    DateOnly From,
    DateOnly Until) : IEventOf<Demand>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => [new(Figure.AgreementsSigned, VillageCode, SignedOn, 1)];
}

public sealed class SignAgreementValidator : AbstractValidator<SignAgreement>
{
    public SignAgreementValidator()
    {
        RuleFor(x => x.ResponsibleExpertId).MustBeText(ExpertRules.MaxIdLength);
        RuleFor(x => x.SignedOn).MustBeBusinessDate();
        RuleFor(x => x.From).MustBeBusinessDate();
        RuleFor(x => x.Until).MustBeBusinessDate().GreaterThanOrEqualTo(x => x.From).WithMessage("'Until' must not be before 'From'.");
    }
}
