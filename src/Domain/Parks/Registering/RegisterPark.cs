using FluentValidation;
using Fupin.EventSourced.Domain.FieldWork;

namespace Fupin.EventSourced.Domain.Parks.Registering;

/// <summary>Register an agricultural S&amp;T park. The server issues its id.</summary>
/// <param name="Name">The park's name, e.g. <c>山东高青农业科技园区</c>.</param>
/// <param name="Level">National, provincial or municipal.</param>
/// <param name="DivisionCode">The 6-digit county (or city) code where it lies, e.g. <c>370322</c>.</param>
public sealed record RegisterPark(string Name, ParkLevel Level, string DivisionCode)
{
    public static Decision Decide(RegisterPark command, string parkId) =>
        Decision.Start<Park>(parkId, new ParkRegistered(parkId, command.Name.Trim(), command.Level, command.DivisionCode));
}

/// <summary>A park entered the register.</summary>
public sealed record ParkRegistered(string ParkId, string Name, ParkLevel Level, string DivisionCode) : IEventOf<Park>;

public sealed class RegisterParkValidator : AbstractValidator<RegisterPark>
{
    public RegisterParkValidator()
    {
        RuleFor(x => x.Name).MustBeText(FieldWorkRules.MaxTextLength);
        RuleFor(x => x.Level).IsInEnum();
        RuleFor(x => x.DivisionCode).Must(Divisions.IsCityOrCounty)
            .WithMessage("'{PropertyName}' must be the 6-digit code of a city (e.g. 370300) or county (e.g. 370322).");
    }
}
