using System.Text.Json.Serialization;

namespace Fupin.EventSourced.Domain.Envoys;

/// <summary>Where an envoy comes from (seed 001: agricultural departments, institutes, universities, enterprises).</summary>
/// <remarks>Written by name everywhere (events, documents, HTTP), so a reordering of members never changes a stored fact.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<OrganisationKind>))]
public enum OrganisationKind
{
    AgriculturalDepartment,
    ResearchInstitute,
    University,
    Enterprise,
    Other,
}

/// <summary>The seven professional groups of the expert service team (seed 001: 专业服务小组).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Specialty>))]
public enum Specialty
{
    Grain,
    Vegetables,
    FruitAndForestry,
    Livestock,
    Aquaculture,
    ImprovedSeeds,
    CashCrops,
}
