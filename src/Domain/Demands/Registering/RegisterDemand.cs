using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Villages;

namespace Fupin.EventSourced.Domain.Demands.Registering;

/// <summary>
/// Enter a key village's technology demand, or one of its registered households', into the demand registry
/// (seed 004: the demand registry of poor villages and households; seed 001: two demand surveys a year). The
/// server issues the demand's id.
/// </summary>
/// <param name="VillageCode">The registered key village's 12-digit code.</param>
/// <param name="Field">The field the demand lies in.</param>
/// <param name="Description">What is needed, e.g. <c>大棚番茄病虫害绿色防控技术</c>. No personal data.</param>
/// <param name="RaisedOn">The business date the demand was raised (e.g. the survey's date); its year is the year it counts for.</param>
/// <param name="HouseholdId">The registered household that raised it, if it is a household's demand; it must live in the village.</param>
public sealed record RegisterDemand(string VillageCode, Specialty Field, string Description, DateOnly RaisedOn, string? HouseholdId = null)
{
    public const int MaxDescriptionLength = 500;

    public static Decision Decide(RegisterDemand command, string demandId, Village village, Household? household)
    {
        if (household is not null && household.VillageCode != village.Id)
        {
            throw DemandErrors.HouseholdNotInVillage.Because($"Household {household.Id} is registered in another village than {village.Id}.");
        }

        return Decision.Start<Demand>(demandId,
            new DemandRegistered(demandId, village.Id, household?.Id, command.Field, command.Description.Trim(), command.RaisedOn));
    }
}

/// <summary>A technology demand of a village (or of one of its households) entered the registry; it was raised on <paramref name="RaisedOn"/>.</summary>
public sealed record DemandRegistered(
    string DemandId,
    string VillageCode,
    string? HouseholdId,
    Specialty Field,
    string Description,
    DateOnly RaisedOn) : IEventOf<Demand>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => [new(Figure.DemandsRegistered, VillageCode, RaisedOn, 1)];
}

public sealed class RegisterDemandValidator : AbstractValidator<RegisterDemand>
{
    public RegisterDemandValidator()
    {
        RuleFor(x => x.VillageCode).MustBeVillageCode();
        RuleFor(x => x.Field).IsInEnum();
        RuleFor(x => x.Description).MustBeText(RegisterDemand.MaxDescriptionLength);
        RuleFor(x => x.RaisedOn).MustBeBusinessDate();
        RuleFor(x => x.HouseholdId!).MustBeText(64).When(x => x.HouseholdId is not null);
    }
}
