using Fupin.EventSourced.Domain.Households.Erasing;
using Fupin.EventSourced.Domain.Households.Helping;
using Fupin.EventSourced.Domain.Households.Lifecycle;
using Fupin.EventSourced.Domain.Households.Registering;

namespace Fupin.EventSourced.Domain.Households;

/// <summary>
/// A registered household (建档立卡户, or an edge household 边缘户) as its stream has built it: its people (their
/// personal values sealed), where it stands in the exit procedure, its responsible helper and its yearly help.
/// The stream is keyed by a server-issued id; the household belongs to its village's division.
/// </summary>
public sealed record Household : IStreamState<Household>
{
    public required string Id { get; init; }
    public required string VillageCode { get; init; }
    public required string CountyCode { get; init; }
    public HouseholdCategory Category { get; init; }
    public required ProtectedPerson Head { get; init; }
    public IReadOnlyList<ProtectedPerson> Members { get; init; } = [];
    public IReadOnlyList<PovertyCause> Causes { get; init; } = [];
    public int RegistrationYear { get; init; }
    public HouseholdStatus Status { get; init; }

    /// <summary>The business date of the latest step, which the next one may not precede.</summary>
    public DateOnly? StatusSince { get; init; }

    public DateOnly? NoticeStartedOn { get; init; }
    public int? ExitYear { get; init; }
    public ResponsibleHelper? Helper { get; init; }
    public IReadOnlyList<string> ErasedPersons { get; init; } = [];
    public int HelpMeasures { get; init; }
    public long Version { get; init; }

    public string DivisionCode => VillageCode;

    public IEnumerable<ProtectedPerson> People => [Head, .. Members];

    public static Household Evolve(Household? household, object @event) => @event switch
    {
        HouseholdRegistered e => new()
        {
            Id = e.HouseholdId,
            VillageCode = e.VillageCode,
            CountyCode = e.VillageCode[..6],
            Category = e.Category,
            Head = e.Head,
            Members = e.Members,
            Causes = e.Causes,
            RegistrationYear = e.RegistrationYear,
            Status = e.Category == HouseholdCategory.Edge ? HouseholdStatus.UnderMonitoring : HouseholdStatus.RegisteredPoor,
        },
        HouseholdStatusChanged e => StreamStates.Started(household, e) with
        {
            Status = e.To,
            StatusSince = e.On,
            NoticeStartedOn = e.Step == LifecycleStep.StartPublicNotice ? e.On : household.NoticeStartedOn,
            ExitYear = e.ExitYear ?? household.ExitYear,
        },
        ResponsibleHelperAssigned e => StreamStates.Started(household, e) with
        {
            Helper = new ResponsibleHelper(e.EnvoyId, e.Name, e.Unit, e.Phone, e.From, e.Until),
        },
        HelpMeasureRecorded e => StreamStates.Started(household, e) with { HelpMeasures = household.HelpMeasures + 1 },
        PersonalDataErased e => StreamStates.Started(household, e) with { ErasedPersons = [.. household.ErasedPersons, e.PersonId] },
        _ => throw StreamStates.Unexpected(household, @event),
    };

    public static DomainException NotFound(string id) => HouseholdErrors.NotFound.Because($"No household with id {id} is registered.");
}

/// <summary>A person of the household as events and documents hold them: personal values sealed with their own key.</summary>
/// <param name="PersonId">Server-issued id; also the id of the person's key.</param>
/// <param name="Name">Sealed name.</param>
/// <param name="IdentityNumber">Sealed 18-character resident identity number.</param>
/// <param name="Phone">Sealed phone; the head's only.</param>
/// <param name="Relation">Relation to the head; null for the head.</param>
/// <param name="BirthYear">Year of birth (not personal enough to seal; it feeds age statistics).</param>
public sealed record ProtectedPerson(string PersonId, Sealed Name, Sealed IdentityNumber, Sealed? Phone, Relation? Relation, int BirthYear);

/// <summary>The household's responsible helper (帮扶责任人): an envoy of the register, or another named person.</summary>
public sealed record ResponsibleHelper(string? EnvoyId, string Name, string Unit, string Phone, DateOnly From, DateOnly? Until);
