using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.Experts.Registering;

/// <summary>
/// Enter an expert into the expert registry (专家库, seed 004) kept by a city or county; the expert service team
/// (专家服务团, seed 001) is drawn from it. The server issues the expert's id.
/// </summary>
/// <param name="Name">Full name, e.g. <c>李明华</c>.</param>
/// <param name="Organisation">The expert's employer, e.g. <c>山东农业大学</c>.</param>
/// <param name="Title">Professional title, e.g. <c>研究员</c>.</param>
/// <param name="Specialty">The expert's field, one of seed 001's seven.</param>
/// <param name="Phone">11-digit mainland mobile number; shown in full only to operators and admins of the registry's division.</param>
/// <param name="DivisionCode">The 6-digit code of the city (<c>370300</c>) or county (<c>370302</c>) that keeps the registry entry.</param>
/// <param name="RegisteredOn">The business date the expert entered the registry; its year is the year the expert counts for.</param>
public sealed record RegisterExpert(
    string Name,
    string Organisation,
    string Title,
    Specialty Specialty,
    string Phone,
    string DivisionCode,
    DateOnly RegisteredOn)
{
    public static Decision Decide(RegisterExpert command, string expertId) =>
        Decision.Start<Expert>(expertId, new ExpertRegistered(expertId, command.Name.Trim(), command.Organisation.Trim(),
            command.Title.Trim(), command.Specialty, command.Phone, command.DivisionCode, command.RegisteredOn));
}

/// <summary>An expert entered the registry of <paramref name="DivisionCode"/> on <paramref name="RegisteredOn"/>.</summary>
public sealed record ExpertRegistered(
    string ExpertId,
    string Name,
    string Organisation,
    string Title,
    Specialty Specialty,
    string Phone,
    string DivisionCode,
    DateOnly RegisteredOn) : IEventOf<Expert>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => [new(Figure.ExpertsRegistered, DivisionCode, RegisteredOn, 1)];
}

public sealed class RegisterExpertValidator : AbstractValidator<RegisterExpert>
{
    public RegisterExpertValidator()
    {
        RuleFor(x => x.Name).MustBeText(ExpertRules.MaxTextLength);
        RuleFor(x => x.Organisation).MustBeText(ExpertRules.MaxTextLength);
        RuleFor(x => x.Title).MustBeText(ExpertRules.MaxTextLength);
        RuleFor(x => x.Specialty).IsInEnum();
        RuleFor(x => x.Phone).MustBeMobilePhone();
        RuleFor(x => x.DivisionCode).Must(Divisions.IsCityOrCounty)
            .WithMessage("'{PropertyName}' must be the 6-digit code of a city (e.g. 370300) or county (e.g. 370302).");
        RuleFor(x => x.RegisteredOn).MustBeBusinessDate();
    }
}
