using System.Text.Json.Serialization;
using Fupin.EventSourced.Domain.Demands.Agreements;
using Fupin.EventSourced.Domain.Demands.Closing;
using Fupin.EventSourced.Domain.Demands.Matching;
using Fupin.EventSourced.Domain.Demands.Registering;
using Fupin.EventSourced.Domain.Envoys;

namespace Fupin.EventSourced.Domain.Demands;

/// <summary>
/// A technology demand (技术需求) of a key village or one of its registered households, in the demand registry
/// (需求库, seed 004), as its stream has built it: what is needed, the experts and technologies it was matched to
/// (对接), the cooperation agreement signed for it (协议, with a responsible expert) and how it was closed. The
/// stream is keyed by a server-issued id and belongs to the village. Everything that happens to a demand is decided
/// on this one stream, so "a closed demand takes no match" and "one agreement per demand" hold under concurrency;
/// the experts and technologies it is matched to are registries the decisions only read.
/// </summary>
public sealed record Demand : IStreamState<Demand>
{
    public required string Id { get; init; }
    public required string VillageCode { get; init; }

    /// <summary>The registered household that raised it, when it is a household's demand rather than the village's.</summary>
    public string? HouseholdId { get; init; }

    public Specialty Field { get; init; }
    public required string Description { get; init; }
    public DateOnly RaisedOn { get; init; }
    public IReadOnlyList<DemandMatch> Matches { get; init; } = [];

    /// <summary>Whether the demand has had a match; kept as a field so the list of demands waiting for one is an indexed read.</summary>
    public bool Matched { get; init; }

    public Agreement? Agreement { get; init; }
    public DemandOutcome? Outcome { get; init; }
    public DateOnly? ClosedOn { get; init; }
    public string? CloseReason { get; init; }
    public long Version { get; init; }

    /// <summary>A demand belongs to its village.</summary>
    public string DivisionCode => VillageCode;

    public bool IsClosed => ClosedOn is not null;

    public static Demand Evolve(Demand? demand, object @event) => @event switch
    {
        DemandRegistered e => new()
        {
            Id = e.DemandId,
            VillageCode = e.VillageCode,
            HouseholdId = e.HouseholdId,
            Field = e.Field,
            Description = e.Description,
            RaisedOn = e.RaisedOn,
        },
        DemandMatched e => StreamStates.Started(demand, e) with
        {
            Matches = [.. demand.Matches, new DemandMatch(e.MatchId, e.ExpertId, e.TechnologyId, e.On)],
            Matched = true,
        },
        AgreementSigned e => StreamStates.Started(demand, e) with
        {
            Agreement = new Agreement(e.AgreementId, e.ResponsibleExpertId, e.SignedOn, e.From, e.Until),
        },
        DemandClosed e => StreamStates.Started(demand, e) with { Outcome = e.Outcome, ClosedOn = e.On, CloseReason = e.Reason },
        _ => throw StreamStates.Unexpected(demand, @event),
    };

    public static DomainException NotFound(string id) => DemandErrors.NotFound.Because($"No demand with id {id} is registered.");
}

/// <summary>One match (对接) of the demand with an expert or a technology achievement.</summary>
/// <param name="Id">Server-issued match id.</param>
/// <param name="ExpertId">The expert matched, or null.</param>
/// <param name="TechnologyId">The technology achievement matched, or null.</param>
/// <param name="On">The business date of the match.</param>
public sealed record DemandMatch(string Id, string? ExpertId, string? TechnologyId, DateOnly On);

/// <summary>The cooperation agreement (合作协议) signed for the demand.</summary>
/// <param name="Id">Server-issued agreement id.</param>
/// <param name="ResponsibleExpertId">The responsible expert (责任专家), one of the experts matched to the demand.</param>
/// <param name="SignedOn">The day it was signed.</param>
/// <param name="From">First day of its term.</param>
/// <param name="Until">Last day of its term.</param>
public sealed record Agreement(string Id, string ResponsibleExpertId, DateOnly SignedOn, DateOnly From, DateOnly Until);

/// <summary>How a demand was closed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DemandOutcome>))]
public enum DemandOutcome
{
    Met,
    NotMet,
}
