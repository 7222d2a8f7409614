using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.Assigning;
using Fupin.EventSourced.Domain.Envoys.EndingAssignment;
using Fupin.EventSourced.Domain.Envoys.Registering;
using Fupin.EventSourced.Domain.Envoys.Withdrawing;
using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Domain.Villages.Registering;

namespace Fupin.EventSourced.Domain.Tests.Envoys;

/// <summary>Starting states for envoy specs, built from the events that make them through <see cref="Envoy.Evolve"/>.</summary>
internal static class Given
{
    public const string EnvoyId = "0196f1c2-7a00-7000-8000-000000000001";
    public const string County = "370302";
    public const string HomeVillage = "370302101001";
    public const string OtherVillage = "370302101002";
    public const string Phone = "13812341234";

    /// <summary>The envoy's selection date: 1 March 2018.</summary>
    public static readonly DateOnly SelectedOn = Day(2018, 3, 1);

    public static DateOnly Day(int year, int month, int day) => new(year, month, day);

    /// <summary>A date written <c>yyyy-MM-dd</c>, as theory data carries it; null stays null.</summary>
    [return: NotNullIfNotNull(nameof(iso))]
    public static DateOnly? Day(string? iso) =>
        iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static EnvoyRegistered Registered(DateOnly? selectedOn = null) =>
        new(EnvoyId, "王建国", "淄博市农业科学研究院", OrganisationKind.ResearchInstitute, Specialty.Vegetables, "高级农艺师", Phone,
            County, selectedOn ?? SelectedOn);

    public static EnvoyAssigned Assigned(string assignmentId, DateOnly from, DateOnly? until = null, string village = HomeVillage) =>
        new(EnvoyId, assignmentId, village, from, until);

    public static AssignmentEnded Ended(string assignmentId, DateOnly on, string village = HomeVillage) =>
        new(EnvoyId, assignmentId, village, on, "village merged");

    public static EnvoyWithdrawn Withdrawn(DateOnly on) => new(EnvoyId, on, "retired");

    /// <summary>An envoy registered on <see cref="SelectedOn"/>, then everything in <paramref name="then"/>.</summary>
    public static Envoy RegisteredEnvoy(params object[] then) => EnvoyFrom([Registered(), .. then]);

    /// <summary>The envoy exactly as <paramref name="events"/> make them.</summary>
    public static Envoy EnvoyFrom(params object[] events) =>
        events.Aggregate((Envoy?)null, Envoy.Evolve) ?? throw new ArgumentException("No events.", nameof(events));

    public static Village RegisteredVillage(string code = HomeVillage) =>
        Village.Evolve(null,
            new VillageRegistered(code, "汀头村", code[..6], "淄川区", code[..9], "注滋口镇"));
}
