using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Villages;

namespace Fupin.EventSourced.Domain.Informants.Registering;

/// <summary>Register a village informant (信息员) of a registered key village. The server issues the informant's id.</summary>
/// <param name="VillageCode">The key village's 12-digit code.</param>
/// <param name="Name">Full name; personal data, masked (<c>张*</c>) for readers other than operators and admins.</param>
/// <param name="Phone">11-digit mainland mobile number; masked (<c>138****1234</c>) likewise.</param>
/// <param name="RegisteredOn">The business date the informant took the role, e.g. <c>2023-03-01</c>.</param>
public sealed record RegisterInformant(string VillageCode, string Name, string Phone, DateOnly RegisteredOn)
{
    public static InformantRegistered Decide(RegisterInformant command, string informantId, Village village) =>
        new(informantId, village.Id, command.Name.Trim(), command.Phone, command.RegisteredOn);
}

/// <summary>An informant of <paramref name="VillageCode"/> was registered from <paramref name="RegisteredOn"/>.</summary>
/// <param name="InformantId">The informant's id.</param>
/// <param name="VillageCode">Their key village; where they count.</param>
/// <param name="Name">Full name (personal data).</param>
/// <param name="Phone">Mobile number (personal data).</param>
/// <param name="RegisteredOn">The business date they took the role.</param>
public sealed record InformantRegistered(string InformantId, string VillageCode, string Name, string Phone, DateOnly RegisteredOn)
    : IEventOf<Informant>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => [new(Figure.InformantsRegistered, VillageCode, RegisteredOn, 1)];
}

public sealed class RegisterInformantValidator : AbstractValidator<RegisterInformant>
{
    public RegisterInformantValidator()
    {
        RuleFor(x => x.VillageCode).MustBeVillageCode();
        RuleFor(x => x.Name).MustBeText(EnvoyRules.MaxTextLength);
        RuleFor(x => x.Phone).MustBeMobilePhone();
        RuleFor(x => x.RegisteredOn).MustBeBusinessDate();
    }
}
