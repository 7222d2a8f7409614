using System.Globalization;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.Registering;
using Fupin.EventSourced.Domain.Envoys.Withdrawing;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Erasing;
using Fupin.EventSourced.Domain.Households.Helping;
using Fupin.EventSourced.Domain.Households.Lifecycle;
using Fupin.EventSourced.Domain.Households.Registering;
using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Domain.Villages.Registering;

namespace Fupin.EventSourced.Domain.Tests.Households;

/// <summary>Starting states for household specs, built from the events that make them through <see cref="Household.Evolve"/>.</summary>
internal static class Given
{
    public const string HouseholdId = "0196f1c2-7a00-7000-8000-0000000000a1";
    public const string HeadId = "0196f1c2-7a00-7000-8000-0000000000b1";
    public const string MemberId = "0196f1c2-7a00-7000-8000-0000000000b2";
    public const string Village = "370302101001";
    public const string HeadLookup = "5f2c0ffee0";

    /// <summary>The year the household entered the register.</summary>
    public const int RegistrationYear = 2016;

    /// <summary>A valid identity number of 淄川区, born 1 January 1980 (check character computed).</summary>
    public static readonly string HeadIdentityNumber = IdentityNumber("37030219800101001");

    public static readonly string MemberIdentityNumber = IdentityNumber("37030219820315002");

    public static DateOnly Day(int year, int month, int day) => new(year, month, day);

    /// <summary>A date written <c>yyyy-MM-dd</c>, as theory data carries it.</summary>
    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The 17 digits with the check character GB 11643 calls for.</summary>
    public static string IdentityNumber(string first17) => first17 + IdentityNumbers.CheckCharacter(first17);

    /// <summary>A value as the domain holds it: sealed with the person's key (the cipher here is a stand-in).</summary>
    public static Sealed SealedValue(string personId, string what) => new(personId, $"cipher-of-{what}-{personId}");

    public static ProtectedPerson Head { get; } = new(HeadId, SealedValue(HeadId, "name"), SealedValue(HeadId, "identity"),
        SealedValue(HeadId, "phone"), Relation: null, 1980);

    public static ProtectedPerson Member { get; } = new(MemberId, SealedValue(MemberId, "name"), SealedValue(MemberId, "identity"),
        Phone: null, Relation.Spouse, 1982);

    public static ProtectedRegistration Registration(HouseholdCategory category = HouseholdCategory.RegisteredPoor) =>
        new(category, Head, [Member], [PovertyCause.Illness, PovertyCause.LackOfSkills], RegistrationYear, HeadLookup);

    public static HouseholdRegistered Registered(HouseholdCategory category = HouseholdCategory.RegisteredPoor) =>
        new(HouseholdId, Village, category, Head, [Member], [PovertyCause.Illness, PovertyCause.LackOfSkills], RegistrationYear);

    public static HouseholdStatusChanged Changed(LifecycleStep step, HouseholdStatus from, HouseholdStatus to, DateOnly on, int? exitYear = null) =>
        new(HouseholdId, Village, step, from, to, on, "注滋口镇〔2019〕12号", exitYear);

    public static PersonalDataErased Erased(string personId) => new(HouseholdId, personId, "PIPL request 2020-001");

    /// <summary>A registered-poor household, then everything in <paramref name="then"/>.</summary>
    public static Household RegisteredHousehold(params object[] then) => HouseholdFrom([Registered(), .. then]);

    /// <summary>An edge household (边缘户), which enters the register under monitoring.</summary>
    public static Household EdgeHousehold() => HouseholdFrom(Registered(HouseholdCategory.Edge));

    /// <summary>
    /// A household that stands in <paramref name="status"/>, with no previous step date and no notice: the state the
    /// transition table is read against, whatever path led there.
    /// </summary>
    public static Household HouseholdIn(HouseholdStatus status) => RegisteredHousehold() with { Status = status };

    /// <summary>The household exactly as <paramref name="events"/> make it.</summary>
    public static Household HouseholdFrom(params object[] events) =>
        events.Aggregate((Household?)null, Household.Evolve) ?? throw new ArgumentException("No events.", nameof(events));

    public static Village RegisteredVillage(string code = Village) =>
        Domain.Villages.Village.Evolve(null, new VillageRegistered(code, "汀头村", code[..6], "淄川区", code[..9], "注滋口镇"));

    public static Envoy RegisteredEnvoy(DateOnly? withdrawnOn = null)
    {
        var envoy = Envoy.Evolve(null, new EnvoyRegistered("0196f1c2-7a00-7000-8000-0000000000e1", "王建国", "淄博市农业科学研究院",
            OrganisationKind.ResearchInstitute, Specialty.Vegetables, "高级农艺师", "13812341234", "370302", Day(2018, 3, 1)));
        return withdrawnOn is { } on ? Envoy.Evolve(envoy, new EnvoyWithdrawn(envoy.Id, on, "retired")) : envoy;
    }

    public static ResponsibleHelperAssigned HelperAssigned(DateOnly from) =>
        new(HouseholdId, null, "王帮扶", "淄川区农业农村局", "13712345678", from, null);
}
