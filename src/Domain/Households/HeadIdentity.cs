using Fupin.EventSourced.Domain.Households.Registering;

namespace Fupin.EventSourced.Domain.Households;

/// <summary>
/// One head of household's identity number, as a keyed hash: the stream that makes "one household per head across
/// the whole register" hold under concurrency (a second registration starts the same stream, which the database
/// refuses). Deliberately nationwide: a registration anywhere must learn of one elsewhere.
/// </summary>
public sealed record HeadIdentity : IStreamState<HeadIdentity>
{
    public required string Id { get; init; }
    public required string HouseholdId { get; init; }
    public long Version { get; init; }

    public string DivisionCode => Divisions.Nationwide;

    /// <summary>The stream of the head whose identity number has this keyed hash.</summary>
    public static string StreamId(string identityLookup) => "head-identity-" + identityLookup;

    public static HeadIdentity Evolve(HeadIdentity? identity, object @event) => @event switch
    {
        HeadIdentityClaimed e => new() { Id = StreamId(e.IdentityLookup), HouseholdId = e.HouseholdId },
        _ => throw StreamStates.Unexpected(identity, @event),
    };

    public static DomainException NotFound(string id) => HouseholdErrors.NotFound.Because("No household has this head.");
}
