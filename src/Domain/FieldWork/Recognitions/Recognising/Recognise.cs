using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Villages;

namespace Fupin.EventSourced.Domain.FieldWork.Recognitions.Recognising;

/// <summary>
/// Recognise a tech leader or demonstration household in a registered key village. Link the registered household
/// when there is one (its people's names stay sealed in the household); otherwise give a name, which is stored as
/// written and shown masked to everyone but operators.
/// </summary>
/// <param name="VillageCode">The key village's 12-digit code.</param>
/// <param name="Kind">Tech leader or demonstration household.</param>
/// <param name="RecognisedOn">The business date, e.g. <c>2018-12-20</c>.</param>
/// <param name="HouseholdId">The registered household, if there is one; it must live in the village.</param>
/// <param name="Name">The name, when no registered household is linked.</param>
public sealed record Recognise(string VillageCode, RecognitionKind Kind, DateOnly RecognisedOn, string? HouseholdId = null, string? Name = null)
{
    public const int MaxNameLength = 50;

    public static Decision Decide(Recognise command, string recognitionId, Village village, Household? household)
    {
        if (household is not null && household.VillageCode != village.Id)
        {
            throw FieldWorkErrors.HouseholdOfAnotherVillage.Because(
                $"Household {household.Id} lives in village {household.VillageCode}, not in {village.Id}.");
        }

        return Decision.Start<Recognition>(recognitionId, new Recognised(recognitionId, village.Id, household?.Id,
            new RecognitionDetails(command.Kind, command.RecognisedOn, command.Name?.Trim())));
    }
}

/// <summary>A tech leader or demonstration household was recognised in <paramref name="VillageCode"/>.</summary>
public sealed record Recognised(string RecognitionId, string VillageCode, string? HouseholdId, RecognitionDetails Details)
    : IEventOf<Recognition>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => Details.Counts(VillageCode);
}

public sealed class RecogniseValidator : AbstractValidator<Recognise>
{
    public RecogniseValidator()
    {
        RuleFor(x => x.VillageCode).MustBeVillageCode();
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.RecognisedOn).MustBeBusinessDate();
        RuleFor(x => x.HouseholdId!).MustBeText(FieldWorkRules.MaxTextLength).When(x => x.HouseholdId is not null);
        RuleFor(x => x.Name!).MustBeText(Recognise.MaxNameLength).When(x => x.Name is not null);
        RuleFor(x => x.Name).NotNull().When(x => x.HouseholdId is null)
            .WithMessage("'Name' is required when no 'HouseholdId' is given.");
    }
}
