using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Experts.Groups;

namespace Fupin.EventSourced.Domain.Experts;

/// <summary>
/// A professional group (专业服务小组) of the expert service team, by field (seed 001: grain, vegetables, fruit and
/// forestry, livestock, aquaculture, improved seeds, cash crops). Its members are the experts whose streams say
/// they joined it; the group's own stream holds what does not change with membership: name, field, division and
/// leader.
/// </summary>
public sealed record ProfessionalGroup : IStreamState<ProfessionalGroup>
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public Specialty Field { get; init; }

    /// <summary>The 6-digit city or county code of the division that formed the group.</summary>
    public required string DivisionCode { get; init; }

    public required string LeaderExpertId { get; init; }
    public DateOnly FormedOn { get; init; }
    public long Version { get; init; }

    /// <summary>Whether an expert kept by <paramref name="expertDivision"/> lies in the group's division (a city group takes its counties' experts).</summary>
    public bool Covers(string expertDivision) =>
        Divisions.TryPrefix(DivisionCode, out var prefix) && expertDivision.StartsWith(prefix, StringComparison.Ordinal);

    public static ProfessionalGroup Evolve(ProfessionalGroup? group, object @event) => @event switch
    {
        ProfessionalGroupFormed e => new()
        {
            Id = e.GroupId,
            Name = e.Name,
            Field = e.Field,
            DivisionCode = e.DivisionCode,
            LeaderExpertId = e.LeaderExpertId,
            FormedOn = e.FormedOn,
        },
        _ => throw StreamStates.Unexpected(group, @event),
    };

    public static DomainException NotFound(string id) =>
        ExpertErrors.GroupNotFound.Because($"No professional group with id {id} is formed.");
}
