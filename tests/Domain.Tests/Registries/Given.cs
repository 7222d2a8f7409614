using Fupin.EventSourced.Domain.Demands;
using Fupin.EventSourced.Domain.Demands.Agreements;
using Fupin.EventSourced.Domain.Demands.Closing;
using Fupin.EventSourced.Domain.Demands.Matching;
using Fupin.EventSourced.Domain.Demands.Registering;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Experts;
using Fupin.EventSourced.Domain.Experts.Groups;
using Fupin.EventSourced.Domain.Experts.Registering;
using Fupin.EventSourced.Domain.Technologies;
using Fupin.EventSourced.Domain.Technologies.Registering;

namespace Fupin.EventSourced.Domain.Tests.Registries;

/// <summary>Starting states for the registry specs, built from the events that make them.</summary>
internal static class Given
{
    public const string ExpertId = "expert-1";
    public const string OtherExpertId = "expert-2";
    public const string GroupId = "group-1";
    public const string OtherGroupId = "group-2";
    public const string TechnologyId = "technology-1";
    public const string DemandId = "demand-1";
    public const string City = "370300";
    public const string County = "370302";
    public const string OtherCounty = "370303";
    public const string Village = "370302101001";
    public const string Phone = "13912345678";

    public static readonly DateOnly RegisteredOn = Day(2018, 3, 1);
    public static readonly DateOnly FormedOn = Day(2018, 4, 1);
    public static readonly DateOnly RaisedOn = Day(2018, 7, 1);

    public static DateOnly Day(int year, int month, int day) => new(year, month, day);

    public static ExpertRegistered ExpertRegistered(string id = ExpertId, string division = County, DateOnly? on = null) =>
        new(id, "李明华", "山东农业大学", "研究员", Specialty.Vegetables, Phone, division, on ?? RegisteredOn);

    public static Expert ExpertFrom(params object[] events) =>
        events.Aggregate((Expert?)null, Expert.Evolve) ?? throw new ArgumentException("No events.", nameof(events));

    public static Expert RegisteredExpert(params object[] then) => ExpertFrom([ExpertRegistered(), .. then]);

    public static ProfessionalGroupFormed GroupFormed(string id = GroupId, string division = City, string leader = OtherExpertId) =>
        new(id, "蔬菜专业服务小组", Specialty.Vegetables, division, leader, FormedOn);

    public static ProfessionalGroup Group(string id = GroupId, string division = City, string leader = OtherExpertId) =>
        ProfessionalGroup.Evolve(null, GroupFormed(id, division, leader));

    public static Technology RegisteredTechnology(string id = TechnologyId) =>
        Technology.Evolve(null, new TechnologyRegistered(id, "鲁麦 23 号", Specialty.Grain, "山东省农业科学院", TechnologyKind.Variety, City, RegisteredOn));

    public static DemandRegistered DemandRegistered(string? household = null) =>
        new(DemandId, Village, household, Specialty.Vegetables, "大棚番茄病虫害绿色防控技术", RaisedOn);

    public static DemandMatched MatchedToExpert(string matchId = "m1", string expert = ExpertId, DateOnly? on = null, bool first = true) =>
        new(DemandId, Village, matchId, expert, null, on ?? Day(2018, 8, 1), first);

    public static DemandMatched MatchedToTechnology(string matchId = "m2", DateOnly? on = null, bool first = true) =>
        new(DemandId, Village, matchId, null, TechnologyId, on ?? Day(2018, 8, 1), first);

    public static AgreementSigned Signed(string expert = ExpertId) =>
        new(DemandId, Village, "a1", expert, Day(2018, 9, 1), Day(2018, 9, 1), Day(2019, 8, 31));

    public static DemandClosed Closed(DemandOutcome outcome = DemandOutcome.NotMet) => new(DemandId, Village, outcome, Day(2018, 12, 1), "村民已掌握");

    public static Demand DemandFrom(params object[] events) =>
        events.Aggregate((Demand?)null, Demand.Evolve) ?? throw new ArgumentException("No events.", nameof(events));

    public static Demand RegisteredDemand(params object[] then) => DemandFrom([DemandRegistered(), .. then]);
}
