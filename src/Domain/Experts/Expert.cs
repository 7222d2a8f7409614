using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Experts.CorrectingDetails;
using Fupin.EventSourced.Domain.Experts.Groups;
using Fupin.EventSourced.Domain.Experts.Registering;

namespace Fupin.EventSourced.Domain.Experts;

/// <summary>
/// An expert of the expert registry (专家库; seed 001's expert service team 专家服务团) as their stream has built
/// them: who they are, the division that keeps the registry entry, and the professional group they belong to.
/// The stream is keyed by a server-issued id. An expert is in at most one group at a time (seed 001: 56 experts
/// in 7 groups), so membership is a fact of the expert's stream, where that rule is decided.
/// </summary>
public sealed record Expert : IStreamState<Expert>
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Organisation { get; init; }
    public required string Title { get; init; }
    public Specialty Specialty { get; init; }
    public required string Phone { get; init; }

    /// <summary>The 6-digit city or county code of the division that keeps the expert's registry entry.</summary>
    public required string DivisionCode { get; init; }

    public DateOnly RegisteredOn { get; init; }

    /// <summary>The professional group the expert belongs to now, if any.</summary>
    public string? GroupId { get; init; }

    public DateOnly? JoinedGroupOn { get; init; }

    /// <summary>The first day the expert was in any group: the registration date may not be corrected past it.</summary>
    public DateOnly? FirstJoinedGroupOn { get; init; }

    /// <summary>The day the expert last left a group: a new membership may not start before it.</summary>
    public DateOnly? LeftGroupOn { get; init; }

    public long Version { get; init; }

    public static Expert Evolve(Expert? expert, object @event) => @event switch
    {
        ExpertRegistered e => new()
        {
            Id = e.ExpertId,
            Name = e.Name,
            Organisation = e.Organisation,
            Title = e.Title,
            Specialty = e.Specialty,
            Phone = e.Phone,
            DivisionCode = e.DivisionCode,
            RegisteredOn = e.RegisteredOn,
        },
        ExpertDetailsCorrected e => StreamStates.Started(expert, e) with
        {
            Name = e.Name ?? expert.Name,
            Organisation = e.Organisation ?? expert.Organisation,
            Title = e.Title ?? expert.Title,
            Specialty = e.Specialty ?? expert.Specialty,
            Phone = e.Phone ?? expert.Phone,
            RegisteredOn = e.RegisteredOn ?? expert.RegisteredOn,
        },
        ExpertJoinedGroup e => StreamStates.Started(expert, e) with
        {
            GroupId = e.GroupId,
            JoinedGroupOn = e.On,
            FirstJoinedGroupOn = expert.FirstJoinedGroupOn ?? e.On,
        },
        ExpertLeftGroup e => StreamStates.Started(expert, e) with { GroupId = null, JoinedGroupOn = null, LeftGroupOn = e.On },
        _ => throw StreamStates.Unexpected(expert, @event),
    };

    public static DomainException NotFound(string id) => ExpertErrors.NotFound.Because($"No expert with id {id} is registered.");
}
