using Fupin.EventSourced.Domain.Envoys.Assigning;
using Fupin.EventSourced.Domain.Envoys.EndingAssignment;
using Marten.Events.Projections;

namespace Fupin.EventSourced.Projections.Envoys;

/// <summary>
/// When an envoy served a village, in business dates: one document per assignment, so "which villages were
/// covered in 2018, or on a date" is one indexed query whatever the size of the register.
/// </summary>
/// <remarks>An assignment entered in March 2019 that started in June 2018 counts for 2018: only business dates matter here.</remarks>
public sealed record AssignmentPeriod
{
    public required string Id { get; init; }
    public required string EnvoyId { get; init; }
    public required string VillageCode { get; init; }
    public DateOnly From { get; init; }
    public DateOnly? Until { get; init; }
    public DateOnly? EndedOn { get; init; }

    /// <summary>The last day of service; null while open-ended.</summary>
    public DateOnly? LastDay { get; init; }
}

/// <summary>Built asynchronously by the daemon from the envoy streams.</summary>
public sealed partial class AssignmentPeriodProjection : MultiStreamProjection<AssignmentPeriod, string>
{
    public AssignmentPeriodProjection()
    {
        Identity<EnvoyAssigned>(e => e.AssignmentId);
        Identity<AssignmentEnded>(e => e.AssignmentId);
    }

    public static AssignmentPeriod Create(EnvoyAssigned assigned) => new()
    {
        Id = assigned.AssignmentId,
        EnvoyId = assigned.EnvoyId,
        VillageCode = assigned.VillageCode,
        From = assigned.From,
        Until = assigned.Until,
        LastDay = assigned.Until,
    };

    public static AssignmentPeriod Apply(AssignmentEnded ended, AssignmentPeriod period) => period with
    {
        EndedOn = ended.On,
        LastDay = period.Until is { } until && until < ended.On ? until : ended.On,
    };
}
