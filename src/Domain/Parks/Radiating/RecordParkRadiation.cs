using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Villages;

namespace Fupin.EventSourced.Domain.Parks.Radiating;

/// <summary>Record that a park radiates to a registered key village (辐射带动; seed 001: about 5 per park).</summary>
/// <param name="VillageCode">The key village's 12-digit code.</param>
/// <param name="From">The business date from which it does.</param>
public sealed record RecordParkRadiation(string VillageCode, DateOnly From)
{
    public static ParkRadiatedToVillage Decide(RecordParkRadiation command, Park park, Village village) =>
        park.Radiations.Any(r => r.VillageCode == village.Id)
            ? throw ParkErrors.AlreadyRadiating.Because($"Park {park.Id} already radiates to village {village.Id}.")
            : new ParkRadiatedToVillage(park.Id, village.Id, command.From);
}

/// <summary>A park radiates to a key village from <paramref name="From"/>.</summary>
public sealed record ParkRadiatedToVillage(string ParkId, string VillageCode, DateOnly From) : IEventOf<Park>;

public sealed class RecordParkRadiationValidator : AbstractValidator<RecordParkRadiation>
{
    public RecordParkRadiationValidator()
    {
        RuleFor(x => x.VillageCode).MustBeVillageCode();
        RuleFor(x => x.From).MustBeBusinessDate();
    }
}
