using System.Text.Json.Serialization;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Technologies.Registering;

namespace Fupin.EventSourced.Domain.Technologies;

/// <summary>
/// A technology achievement (科技成果) of the technology registry (成果库, seed 004): a new variety, technique,
/// piece of equipment or product that demands can be matched to. The stream is keyed by a server-issued id and
/// belongs to the city or county that keeps the registry entry.
/// </summary>
public sealed record Technology : IStreamState<Technology>
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public Specialty Field { get; init; }
    public required string OwnerUnit { get; init; }
    public TechnologyKind Kind { get; init; }
    public required string DivisionCode { get; init; }
    public DateOnly RegisteredOn { get; init; }
    public long Version { get; init; }

    public static Technology Evolve(Technology? technology, object @event) => @event switch
    {
        TechnologyRegistered e => new()
        {
            Id = e.TechnologyId,
            Title = e.Title,
            Field = e.Field,
            OwnerUnit = e.OwnerUnit,
            Kind = e.Kind,
            DivisionCode = e.DivisionCode,
            RegisteredOn = e.RegisteredOn,
        },
        _ => throw StreamStates.Unexpected(technology, @event),
    };

    public static DomainException NotFound(string id) =>
        TechnologyErrors.NotFound.Because($"No technology achievement with id {id} is registered.");
}

/// <summary>What a technology achievement is (seed 001: new varieties and technologies; seed 003: technologies, products, equipment).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TechnologyKind>))]
public enum TechnologyKind
{
    Variety,
    Technique,
    Equipment,
    Product,
    Other,
}

/// <summary>How the technology registry refuses commands and reads.</summary>
public static class TechnologyErrors
{
    public static readonly DomainError NotFound = new("technology.not-found", RefusalKind.NotFound, "Technology achievement not found");
}
