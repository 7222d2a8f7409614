using System.Text.Json.Serialization;

namespace Fupin.EventSourced.Domain.Households;

/// <summary>Why a household is poor: the national register's code list of causes (致贫原因).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PovertyCause>))]
public enum PovertyCause
{
    Illness,
    Disability,
    Schooling,
    Disaster,
    LackOfLand,
    LackOfWater,
    LackOfSkills,
    LackOfLabour,
    LackOfCapital,
    PoorTransport,
    LackOfMotivation,
    Other,
}

/// <summary>A member's relation to the head of household.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Relation>))]
public enum Relation
{
    Spouse,
    Child,
    Parent,
    Grandchild,
    Grandparent,
    Sibling,
    ChildInLaw,
    Other,
}

/// <summary>How a household enters the register: as registered poor (建档立卡户) or as an edge household (边缘户) under monitoring.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HouseholdCategory>))]
public enum HouseholdCategory
{
    RegisteredPoor,
    Edge,
}

/// <summary>Kinds of help measures (帮扶措施).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HelpKind>))]
public enum HelpKind
{
    Industry,
    Employment,
    Education,
    Health,
    Housing,
    Training,
    Technology,
    Consumption,
    Other,
}
