using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.Experts.Groups;

/// <summary>
/// Form a professional group (专业服务小组) of the expert service team for one field, led by an expert of the
/// registry (seed 001: 7 groups in Zibo; four-tier linkage city office → expert team → professional group → envoy).
/// The leader joins the group the same day, in the same transaction. The server issues the group's id.
/// </summary>
/// <param name="Name">The group's name, e.g. <c>蔬菜专业服务小组</c>.</param>
/// <param name="Field">The field it serves.</param>
/// <param name="DivisionCode">The 6-digit code of the city or county that forms it; its experts must be kept there or below.</param>
/// <param name="LeaderExpertId">The expert who leads it; not yet in another group.</param>
/// <param name="FormedOn">The business date the group was formed; its year is the year it counts for.</param>
public sealed record FormProfessionalGroup(string Name, Specialty Field, string DivisionCode, string LeaderExpertId, DateOnly FormedOn)
{
    public static Decision Decide(FormProfessionalGroup command, string groupId, Expert leader)
    {
        var formed = new ProfessionalGroupFormed(groupId, command.Name.Trim(), command.Field, command.DivisionCode, leader.Id, command.FormedOn);
        var joined = Membership.Join(ProfessionalGroup.Evolve(null, formed), leader, command.FormedOn);
        return Decision.Start<ProfessionalGroup>(groupId, formed).AndAppend(leader.Id, joined);
    }
}

/// <summary>A professional group was formed by <paramref name="DivisionCode"/> on <paramref name="FormedOn"/>, led by <paramref name="LeaderExpertId"/>.</summary>
public sealed record ProfessionalGroupFormed(
    string GroupId,
    string Name,
    Specialty Field,
    string DivisionCode,
    string LeaderExpertId,
    DateOnly FormedOn) : IEventOf<ProfessionalGroup>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => [new(Figure.ProfessionalGroupsFormed, DivisionCode, FormedOn, 1)];
}

public sealed class FormProfessionalGroupValidator : AbstractValidator<FormProfessionalGroup>
{
    public FormProfessionalGroupValidator()
    {
        RuleFor(x => x.Name).MustBeText(ExpertRules.MaxTextLength);
        RuleFor(x => x.Field).IsInEnum();
        RuleFor(x => x.DivisionCode).Must(Divisions.IsCityOrCounty)
            .WithMessage("'{PropertyName}' must be the 6-digit code of a city (e.g. 370300) or county (e.g. 370302).");
        RuleFor(x => x.LeaderExpertId).MustBeText(ExpertRules.MaxIdLength);
        RuleFor(x => x.FormedOn).MustBeBusinessDate();
    }
}
