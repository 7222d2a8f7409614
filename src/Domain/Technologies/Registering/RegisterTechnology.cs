using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;

namespace Fupin.EventSourced.Domain.Technologies.Registering;

/// <summary>Enter a technology achievement (科技成果) into the technology registry of a city or county. The server issues its id.</summary>
/// <param name="Title">What it is, e.g. <c>鲁麦 23 号小麦新品种</c>.</param>
/// <param name="Field">The field it serves, one of seed 001's seven.</param>
/// <param name="OwnerUnit">The unit that owns or developed it, e.g. <c>山东省农业科学院</c>.</param>
/// <param name="Kind">Variety, technique, equipment, product or other.</param>
/// <param name="DivisionCode">The 6-digit code of the city (<c>370300</c>) or county (<c>370302</c>) that keeps the registry entry.</param>
/// <param name="RegisteredOn">The business date it entered the registry.</param>
public sealed record RegisterTechnology(string Title, Specialty Field, string OwnerUnit, TechnologyKind Kind, string DivisionCode, DateOnly RegisteredOn)
{
    public const int MaxTextLength = 200;

    public static Decision Decide(RegisterTechnology command, string technologyId) =>
        Decision.Start<Technology>(technologyId, new TechnologyRegistered(technologyId, command.Title.Trim(), command.Field,
            command.OwnerUnit.Trim(), command.Kind, command.DivisionCode, command.RegisteredOn));
}

/// <summary>A technology achievement entered the registry of <paramref name="DivisionCode"/> on <paramref name="RegisteredOn"/>.</summary>
public sealed record TechnologyRegistered(
    string TechnologyId,
    string Title,
    Specialty Field,
    string OwnerUnit,
    TechnologyKind Kind,
    string DivisionCode,
    DateOnly RegisteredOn) : IEventOf<Technology>;

public sealed class RegisterTechnologyValidator : AbstractValidator<RegisterTechnology>
{
    public RegisterTechnologyValidator()
    {
        RuleFor(x => x.Title).MustBeText(RegisterTechnology.MaxTextLength);
        RuleFor(x => x.Field).IsInEnum();
        RuleFor(x => x.OwnerUnit).MustBeText(RegisterTechnology.MaxTextLength);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.DivisionCode).Must(Divisions.IsCityOrCounty)
            .WithMessage("'{PropertyName}' must be the 6-digit code of a city (e.g. 370300) or county (e.g. 370302).");
        RuleFor(x => x.RegisteredOn).MustBeBusinessDate();
    }
}
