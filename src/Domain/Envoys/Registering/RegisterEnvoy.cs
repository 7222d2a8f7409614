using FluentValidation;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.Envoys.Registering;

/// <summary>Register an S&amp;T envoy (科技特派员) selected by a city or county. The server issues the envoy's id.</summary>
/// <param name="Name">Full name, e.g. <c>王建国</c>.</param>
/// <param name="Organisation">The envoy's employer, e.g. <c>淄博市农业科学研究院</c>.</param>
/// <param name="OrganisationKind">What kind of organisation that is.</param>
/// <param name="Specialty">The professional group the envoy works in (seed 001's seven groups).</param>
/// <param name="Title">Professional title, e.g. <c>高级农艺师</c>.</param>
/// <param name="Phone">11-digit mainland mobile number; shown in full only to operators and admins of the envoy's division.</param>
/// <param name="DivisionCode">The 6-digit code of the city (<c>370300</c>) or county (<c>370302</c>) that selected the envoy.</param>
/// <param name="SelectedOn">The business date of the selection (选派), e.g. <c>2018-03-01</c>.</param>
public sealed record RegisterEnvoy(
    string Name,
    string Organisation,
    OrganisationKind OrganisationKind,
    Specialty Specialty,
    string Title,
    string Phone,
    string DivisionCode,
    DateOnly SelectedOn)
{
    public static Decision Decide(RegisterEnvoy command, string envoyId) =>
        Decision.Start<Envoy>(envoyId, new EnvoyRegistered(envoyId, command.Name.Trim(), command.Organisation.Trim(),
            command.OrganisationKind, command.Specialty, command.Title.Trim(), command.Phone, command.DivisionCode,
            command.SelectedOn));
}

/// <summary>An envoy was selected by <paramref name="DivisionCode"/> on <paramref name="SelectedOn"/> and entered the register.</summary>
public sealed record EnvoyRegistered(
    string EnvoyId,
    string Name,
    string Organisation,
    OrganisationKind OrganisationKind,
    Specialty Specialty,
    string Title,
    string Phone,
    string DivisionCode,
    DateOnly SelectedOn) : IEventOf<Envoy>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => [new(Figure.EnvoysSelected, DivisionCode, SelectedOn, 1)];
}

public sealed class RegisterEnvoyValidator : AbstractValidator<RegisterEnvoy>
{
    public RegisterEnvoyValidator()
    {
        RuleFor(x => x.Name).MustBeText(EnvoyRules.MaxTextLength);
        RuleFor(x => x.Organisation).MustBeText(EnvoyRules.MaxTextLength);
        RuleFor(x => x.OrganisationKind).IsInEnum();
        RuleFor(x => x.Specialty).IsInEnum();
        RuleFor(x => x.Title).MustBeText(EnvoyRules.MaxTextLength);
        RuleFor(x => x.Phone).MustBeMobilePhone();
        RuleFor(x => x.DivisionCode).Must(Divisions.IsCityOrCounty)
            .WithMessage("'{PropertyName}' must be the 6-digit code of a city (e.g. 370300) or county (e.g. 370302).");
        RuleFor(x => x.SelectedOn).MustBeBusinessDate();
    }
}
