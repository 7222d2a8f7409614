using Fupin.EventSourced.Domain.Informants.Registering;

namespace Fupin.EventSourced.Domain.Informants;

/// <summary>
/// A village informant (信息员) as their stream has built them: a person in a key village who relays farmers'
/// questions and the village's data to the programme's online platform (seed 002: 114 informants, 149 trained on the
/// platform). Keyed by a server-issued id; belongs to the village (<see cref="DivisionCode"/>). Name and phone are
/// personal data: views show them in full only to operators and admins, masked to everyone else.
/// </summary>
public sealed record Informant : IStreamState<Informant>
{
    public required string Id { get; init; }

    /// <summary>The informant's key village.</summary>
    public required string DivisionCode { get; init; }

    public required string Name { get; init; }
    public required string Phone { get; init; }
    public DateOnly RegisteredOn { get; init; }
    public long Version { get; init; }

    public static Informant Evolve(Informant? informant, object @event) => @event switch
    {
        InformantRegistered e => new()
        {
            Id = e.InformantId,
            DivisionCode = e.VillageCode,
            Name = e.Name,
            Phone = e.Phone,
            RegisteredOn = e.RegisteredOn,
        },
        _ => throw StreamStates.Unexpected(informant, @event),
    };

    public static DomainException NotFound(string id) => InformantErrors.NotFound.Because($"No informant with id {id} is registered.");
}
