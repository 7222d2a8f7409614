using System.Text.Json.Serialization;

namespace Fupin.EventSourced.Domain.Households;

/// <summary>
/// Where a household stands in the exit procedure (China's poverty-alleviation information system): registered
/// poor → proposed for exit → village review passed → public notice → county approved → exited; and from exited,
/// returned to poverty, or under monitoring and then released. Edge households start under monitoring.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<HouseholdStatus>))]
public enum HouseholdStatus
{
    RegisteredPoor,
    ProposedForExit,
    VillageReviewPassed,
    PublicNotice,
    CountyApproved,
    Exited,
    ReturnedToPoverty,
    UnderMonitoring,
    Released,
}

/// <summary>A step of the procedure a household can be taken through.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LifecycleStep>))]
public enum LifecycleStep
{
    /// <summary>The village proposes the household for exit.</summary>
    ProposeExit,

    /// <summary>The village's democratic review passed the proposal.</summary>
    PassVillageReview,

    /// <summary>The proposal is posted for public notice from the step's date.</summary>
    StartPublicNotice,

    /// <summary>The notice drew an objection: the proposal goes back to review.</summary>
    RecordObjection,

    /// <summary>The county approves the exit, once the notice has run its minimum days.</summary>
    ApproveExit,

    /// <summary>The household is marked as out of poverty (脱贫), with the exit year.</summary>
    MarkExited,

    /// <summary>An exited household has fallen back into poverty (返贫).</summary>
    RecordReturnToPoverty,

    /// <summary>An exited household is put under monitoring (脱贫监测户).</summary>
    StartMonitoring,

    /// <summary>Monitoring ends: the risk is gone.</summary>
    ReleaseFromMonitoring,
}

/// <summary>The allowed transitions, and only those: anything else is refused naming the current state.</summary>
public static class HouseholdLifecycle
{
    public static IReadOnlyDictionary<(HouseholdStatus From, LifecycleStep Step), HouseholdStatus> Transitions { get; } =
        new Dictionary<(HouseholdStatus, LifecycleStep), HouseholdStatus>
        {
            [(HouseholdStatus.RegisteredPoor, LifecycleStep.ProposeExit)] = HouseholdStatus.ProposedForExit,
            [(HouseholdStatus.ReturnedToPoverty, LifecycleStep.ProposeExit)] = HouseholdStatus.ProposedForExit,
            [(HouseholdStatus.ProposedForExit, LifecycleStep.PassVillageReview)] = HouseholdStatus.VillageReviewPassed,
            [(HouseholdStatus.VillageReviewPassed, LifecycleStep.StartPublicNotice)] = HouseholdStatus.PublicNotice,
            [(HouseholdStatus.PublicNotice, LifecycleStep.RecordObjection)] = HouseholdStatus.ProposedForExit,
            [(HouseholdStatus.PublicNotice, LifecycleStep.ApproveExit)] = HouseholdStatus.CountyApproved,
            [(HouseholdStatus.CountyApproved, LifecycleStep.MarkExited)] = HouseholdStatus.Exited,
            [(HouseholdStatus.Exited, LifecycleStep.RecordReturnToPoverty)] = HouseholdStatus.ReturnedToPoverty,
            [(HouseholdStatus.Exited, LifecycleStep.StartMonitoring)] = HouseholdStatus.UnderMonitoring,
            [(HouseholdStatus.UnderMonitoring, LifecycleStep.ReleaseFromMonitoring)] = HouseholdStatus.Released,
        };
}
