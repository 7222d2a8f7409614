namespace Fupin.EventSourced.Domain.Envoys;

/// <summary>Where an envoy comes from (seed 001: agricultural departments, institutes, universities, enterprises).</summary>
public enum OrganisationKind
{
    AgriculturalDepartment,
    ResearchInstitute,
    University,
    Enterprise,
    Other,
}

/// <summary>The seven professional groups of the expert service team (seed 001: 专业服务小组).</summary>
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
