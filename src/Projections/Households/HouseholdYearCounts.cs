using System.Globalization;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Lifecycle;
using Fupin.EventSourced.Domain.Households.Registering;
using Marten.Events.Projections;

namespace Fupin.EventSourced.Projections.Households;

/// <summary>
/// A county's households in one year, by business date: registered as poor, proposed for exit, exited (by exit
/// year), returned to poverty, and entering monitoring (edge households and exited ones). One small document per
/// county and year; a division's figures are the sum over its counties.
/// </summary>
public sealed record HouseholdYearCounts
{
    public required string Id { get; init; }
    public required string CountyCode { get; init; }
    public int Year { get; init; }
    public int Registered { get; init; }
    public int ProposedForExit { get; init; }
    public int Exited { get; init; }
    public int ReturnedToPoverty { get; init; }
    public int EnteredMonitoring { get; init; }

    public static string Key(string villageCode, int year) =>
        villageCode[..6] + ":" + year.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Built asynchronously by the daemon from the household streams.</summary>
public sealed partial class HouseholdYearCountsProjection : MultiStreamProjection<HouseholdYearCounts, string>
{
    public HouseholdYearCountsProjection()
    {
        Identity<HouseholdRegistered>(e => HouseholdYearCounts.Key(e.VillageCode, e.RegistrationYear));
        Identity<HouseholdStatusChanged>(e => HouseholdYearCounts.Key(e.VillageCode, YearOf(e)));
    }

    public static HouseholdYearCounts Create(HouseholdRegistered e) => Apply(e, Empty(e.VillageCode, e.RegistrationYear));

    public static HouseholdYearCounts Create(HouseholdStatusChanged e) => Apply(e, Empty(e.VillageCode, YearOf(e)));

    public static HouseholdYearCounts Apply(HouseholdRegistered e, HouseholdYearCounts counts) => e.Category == HouseholdCategory.Edge
        ? counts with { EnteredMonitoring = counts.EnteredMonitoring + 1 }
        : counts with { Registered = counts.Registered + 1 };

    public static HouseholdYearCounts Apply(HouseholdStatusChanged e, HouseholdYearCounts counts) => e.Step switch
    {
        LifecycleStep.ProposeExit => counts with { ProposedForExit = counts.ProposedForExit + 1 },
        LifecycleStep.MarkExited => counts with { Exited = counts.Exited + 1 },
        LifecycleStep.RecordReturnToPoverty => counts with { ReturnedToPoverty = counts.ReturnedToPoverty + 1 },
        LifecycleStep.StartMonitoring => counts with { EnteredMonitoring = counts.EnteredMonitoring + 1 },
        _ => counts,
    };

    /// <summary>An exit counts for its exit year; every other step for the year of its date.</summary>
    private static int YearOf(HouseholdStatusChanged e) => e.ExitYear ?? e.On.Year;

    private static HouseholdYearCounts Empty(string villageCode, int year) =>
        new() { Id = HouseholdYearCounts.Key(villageCode, year), CountyCode = villageCode[..6], Year = year };
}
