using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Villages;

namespace Fupin.EventSourced.Domain.Parks.Pairing;

/// <summary>Pair a park with a registered key village (结对帮扶; seed 001: each park with at least 2).</summary>
/// <param name="VillageCode">The key village's 12-digit code.</param>
/// <param name="From">The business date the pairing starts; its year is the year it counts for.</param>
public sealed record PairParkWithVillage(string VillageCode, DateOnly From)
{
    /// <summary>Decides on the park and the village together: the village must exist and be paired with the park once.</summary>
    public static ParkPairedWithVillage Decide(PairParkWithVillage command, Park park, Village village) =>
        park.Pairings.FirstOrDefault(p => p.VillageCode == village.Id) is { } pairing
            ? throw ParkErrors.AlreadyPaired.Because($"Park {park.Id} is paired with village {village.Id} since {pairing.From:yyyy-MM-dd}.")
            : new ParkPairedWithVillage(park.Id, village.Id, command.From);
}

/// <summary>A park was paired with a key village from <paramref name="From"/>; counts a pairing for the village.</summary>
public sealed record ParkPairedWithVillage(string ParkId, string VillageCode, DateOnly From) : IEventOf<Park>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => [new(Figure.ParkVillagePairings, VillageCode, From, 1)];
}

public sealed class PairParkWithVillageValidator : AbstractValidator<PairParkWithVillage>
{
    public PairParkWithVillageValidator()
    {
        RuleFor(x => x.VillageCode).MustBeVillageCode();
        RuleFor(x => x.From).MustBeBusinessDate();
    }
}
