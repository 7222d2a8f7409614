using Fupin.EventSourced.Domain.EquitySchemes;
using Fupin.EventSourced.Domain.EquitySchemes.Dividends;
using Fupin.EventSourced.Domain.EquitySchemes.Enrolling;
using Fupin.EventSourced.Domain.EquitySchemes.SettingUp;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Registering;

namespace Fupin.EventSourced.Domain.Tests.EquitySchemes;

/// <summary>Seed 002's scheme and households, built from the events that make them.</summary>
internal static class Given
{
    public const string SchemeId = "0196f1c2-7a00-7000-8000-0000000000e1";
    public const string County = "370302";
    public const string Village = "370302101001";

    /// <summary>Seed 002: 10,000 a share (1 sow, 8 piglets), 1,000 a year, premium 216 for 200,000, three years, eight households.</summary>
    public static EquityTerms Terms { get; } = new(10_000.00m, "1 头能繁母猪和 8 头 20–30 斤仔猪", 1_000.00m, 216.00m, 200_000.00m, 3,
        new DateOnly(2023, 1, 1), 8);

    public static SetUpEquityScheme SetUp { get; } = new("藏香猪企业代养分红", County, "畜禽养殖专业合作社", "山农业科技有限公司", Terms);

    public static EquitySchemeSetUp SchemeSetUp => new(SchemeId, "藏香猪企业代养分红", County, "畜禽养殖专业合作社", "山农业科技有限公司", Terms);

    public static string HouseholdId(int n) => $"0196f1c2-7a00-7000-8000-00000000{n:D4}";

    public static Household Household(int n, string village = Village)
    {
        var head = new ProtectedPerson($"p-{n}", new Sealed($"p-{n}", "n"), new Sealed($"p-{n}", "i"), null, null, 1970);
        return Fupin.EventSourced.Domain.Households.Household.Evolve(null,
            new HouseholdRegistered(HouseholdId(n), village, HouseholdCategory.RegisteredPoor, head, [], [PovertyCause.Illness], 2016));
    }

    public static HouseholdEnrolled Enrolled(int n) => new(SchemeId, HouseholdId(n), Village, new DateOnly(2023, 1, 1), 10_000.00m);

    public static DividendPaid Paid(int n, int year, string paymentId = "pay") =>
        new(SchemeId, paymentId, HouseholdId(n), year, new DateOnly(2022 + year, 12, 31), 1_000.00m, $"V{year}-{n}", Late: false);

    public static DividendMissed Missed(int n, int year) =>
        new(SchemeId, HouseholdId(n), year, new DateOnly(2022 + year, 12, 31), "合作社猪瘟损失,延期支付");

    /// <summary>The scheme set up, then <paramref name="then"/>.</summary>
    public static EquityScheme Scheme(params object[] then) =>
        then.Aggregate(EquityScheme.Evolve(null, SchemeSetUp), EquityScheme.Evolve);

    /// <summary>The scheme with households 1..<paramref name="count"/> enrolled on its first day, then <paramref name="then"/>.</summary>
    public static EquityScheme WithMembers(int count, params object[] then) =>
        Scheme([.. Enumerable.Range(1, count).Select(n => (object)Enrolled(n)), .. then]);

    /// <summary>Every dividend of households 1..<paramref name="count"/> paid for the whole term.</summary>
    public static object[] AllPaid(int count) =>
        [.. from n in Enumerable.Range(1, count) from year in Enumerable.Range(1, 3) select (object)Paid(n, year, $"pay-{n}-{year}")];
}
