using FluentValidation;

namespace Fupin.EventSourced.Domain.Villages.Registering;

/// <summary>Register a key village in the programme's village register.</summary>
/// <param name="Code">The village's 12-digit statistical division code (统计用区划代码), e.g. <c>370302101001</c>.</param>
/// <param name="Name">The village name as the division register spells it, e.g. <c>汀头村</c>.</param>
/// <param name="County">The county (区/县) name, e.g. <c>淄川区</c>. Its code is the first 6 digits of <paramref name="Code"/>.</param>
/// <param name="Township">The township (乡镇/街道) name, e.g. <c>注滋口镇</c>.</param>
public sealed record RegisterVillage(string Code, string Name, string County, string Township)
{
    public const int MaxNameLength = 100;

    public static VillageRegistered Decide(RegisterVillage command, Village? current)
    {
        if (current is not null)
        {
            throw VillageErrors.AlreadyRegistered.Because($"Village {command.Code} is already registered as {current.Name}.");
        }

        var code = VillageCode.Parse(command.Code);
        return new VillageRegistered(code.Value, command.Name.Trim(), code.CountyCode, command.County.Trim(),
            code.TownshipCode, command.Township.Trim());
    }
}

/// <summary>A village entered the register. Its county and township codes are prefixes of its village code.</summary>
public sealed record VillageRegistered(
    string VillageCode,
    string Name,
    string CountyCode,
    string County,
    string TownshipCode,
    string Township) : IEventOf<Village>;

public sealed class RegisterVillageValidator : AbstractValidator<RegisterVillage>
{
    public RegisterVillageValidator()
    {
        RuleFor(x => x.Code).MustBeVillageCode();
        RuleFor(x => x.Name).MustBeText(RegisterVillage.MaxNameLength);
        RuleFor(x => x.County).MustBeText(RegisterVillage.MaxNameLength);
        RuleFor(x => x.Township).MustBeText(RegisterVillage.MaxNameLength);
    }
}
