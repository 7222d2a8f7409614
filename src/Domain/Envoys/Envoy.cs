using Fupin.EventSourced.Domain.Envoys.Assigning;
using Fupin.EventSourced.Domain.Envoys.CorrectingDetails;
using Fupin.EventSourced.Domain.Envoys.EndingAssignment;
using Fupin.EventSourced.Domain.Envoys.Registering;
using Fupin.EventSourced.Domain.Envoys.Withdrawing;

namespace Fupin.EventSourced.Domain.Envoys;

/// <summary>
/// An S&amp;T envoy (科技特派员) as their event stream has built them: who they are, the division that selected
/// them, and every village assignment (结对) they have had. The stream is keyed by a server-issued id; the
/// envoy belongs to <see cref="DivisionCode"/>, which scopes every read and write of it.
/// </summary>
public sealed record Envoy : IStreamState<Envoy>
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Organisation { get; init; }
    public OrganisationKind OrganisationKind { get; init; }
    public Specialty Specialty { get; init; }
    public required string Title { get; init; }
    public required string Phone { get; init; }

    /// <summary>The 6-digit city or county code of the division that selected the envoy.</summary>
    public required string DivisionCode { get; init; }

    public DateOnly SelectedOn { get; init; }
    public DateOnly? WithdrawnOn { get; init; }
    public IReadOnlyList<Assignment> Assignments { get; init; } = [];
    public long Version { get; init; }

    public bool IsWithdrawn => WithdrawnOn is not null;

    public Assignment? FindAssignment(string assignmentId) => Assignments.FirstOrDefault(a => a.Id == assignmentId);

    public static Envoy Evolve(Envoy? envoy, object @event) => @event switch
    {
        EnvoyRegistered e => new()
        {
            Id = e.EnvoyId,
            Name = e.Name,
            Organisation = e.Organisation,
            OrganisationKind = e.OrganisationKind,
            Specialty = e.Specialty,
            Title = e.Title,
            Phone = e.Phone,
            DivisionCode = e.DivisionCode,
            SelectedOn = e.SelectedOn,
        },
        EnvoyDetailsCorrected e => StreamStates.Started(envoy, e) with
        {
            Name = e.Name ?? envoy.Name,
            Organisation = e.Organisation ?? envoy.Organisation,
            OrganisationKind = e.OrganisationKind ?? envoy.OrganisationKind,
            Specialty = e.Specialty ?? envoy.Specialty,
            Title = e.Title ?? envoy.Title,
            Phone = e.Phone ?? envoy.Phone,
            SelectedOn = e.SelectedOn ?? envoy.SelectedOn,
        },
        EnvoyAssigned e => StreamStates.Started(envoy, e) with
        {
            Assignments = [.. envoy.Assignments, new Assignment(e.AssignmentId, e.VillageCode, e.From, e.Until, EndedOn: null)],
        },
        AssignmentEnded e => StreamStates.Started(envoy, e) with
        {
            Assignments = [.. envoy.Assignments.Select(a => a.Id == e.AssignmentId ? a with { EndedOn = e.On } : a)],
        },
        EnvoyWithdrawn e => StreamStates.Started(envoy, e) with { WithdrawnOn = e.On },
        _ => throw StreamStates.Unexpected(envoy, @event),
    };

    public static DomainException NotFound(string id) => EnvoyErrors.NotFound.Because($"No envoy with id {id} is registered.");
}

/// <summary>One pairing of the envoy with a key village (结对), in business dates.</summary>
/// <param name="Id">Server-issued assignment id.</param>
/// <param name="VillageCode">The village's 12-digit code.</param>
/// <param name="From">First day of service.</param>
/// <param name="Until">Last day of service as planned, if the assignment was made for a term.</param>
/// <param name="EndedOn">Last day of service when the assignment was ended early (or the envoy withdrawn).</param>
public sealed record Assignment(string Id, string VillageCode, DateOnly From, DateOnly? Until, DateOnly? EndedOn)
{
    /// <summary>The last day of service, or null while it runs without an end.</summary>
    public DateOnly? LastDay => (EndedOn, Until) switch
    {
        ({ } ended, { } until) => ended < until ? ended : until,
        ({ } ended, null) => ended,
        (null, var until) => until,
    };

    public bool IsActiveOn(DateOnly day) => From <= day && (LastDay is not { } last || day <= last);

    /// <summary>Whether the assignment serves on any day of [<paramref name="from"/>, <paramref name="until"/>].</summary>
    public bool Overlaps(DateOnly from, DateOnly? until) =>
        (until is not { } end || From <= end) && (LastDay is not { } last || from <= last);
}
