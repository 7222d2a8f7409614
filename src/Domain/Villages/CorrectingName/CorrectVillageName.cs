using FluentValidation;
using Fupin.EventSourced.Domain.Villages.Registering;

namespace Fupin.EventSourced.Domain.Villages.CorrectingName;

/// <summary>Correct the registered name of a village. The old name stays in the stream's history.</summary>
/// <param name="Name">The corrected village name.</param>
/// <param name="Reason">Why the name is corrected, e.g. <c>typo in the 2018 register</c>; kept for auditors.</param>
public sealed record CorrectVillageName(string Name, string Reason)
{
    public const int MaxReasonLength = 500;

    public static VillageNameCorrected Decide(CorrectVillageName command, Village current)
    {
        var name = command.Name.Trim();
        if (name == current.Name)
        {
            throw VillageErrors.NameUnchanged.Because(
                $"Village {current.Id} is already named {current.Name}; a correction must change the name.");
        }

        return new VillageNameCorrected(current.Id, name, current.Name, command.Reason.Trim());
    }
}

/// <summary>A village's registered name was corrected from <paramref name="PreviousName"/> to <paramref name="Name"/>.</summary>
public sealed record VillageNameCorrected(string VillageCode, string Name, string PreviousName, string Reason) : IEventOf<Village>;

public sealed class CorrectVillageNameValidator : AbstractValidator<CorrectVillageName>
{
    public CorrectVillageNameValidator()
    {
        RuleFor(x => x.Name).MustBeText(RegisterVillage.MaxNameLength);
        RuleFor(x => x.Reason).MustBeText(CorrectVillageName.MaxReasonLength);
    }
}
