using System.Globalization;
using Fupin.EventSourced.Api.Tests.Infrastructure;

namespace Fupin.EventSourced.Api.Tests.Plans;

/// <summary>
/// Plan and report tests on a database of their own: figures are sums over everything recorded for a division, and
/// one test rebuilds the projections, so they neither see nor disturb other tests' events. Each test takes counties
/// no other test uses (<see cref="NewCounty"/>).
/// </summary>
[CollectionDefinition(Name)]
public sealed class PlansCollection : ICollectionFixture<PlansCollection.Fixture>
{
    public const string Name = "Plans on a database of their own";

    /// <summary>A province every test's counties lie in; operators are scoped to it.</summary>
    public const string Province = "410000";

    private static int _county = Random.Shared.Next(0, 5000);

    private static int _city = Random.Shared.Next(0, 89);

    public sealed class Fixture : ApiFixture;

    /// <summary>A 6-digit city code of province 42 no other test of the run uses (for rollups; 89 per run).</summary>
    public static string NewCity() =>
        string.Create(CultureInfo.InvariantCulture, $"42{10 + (Interlocked.Increment(ref _city) % 89):D2}00");

    /// <summary>A 6-digit county code of province 41 no other test of the run uses.</summary>
    public static string NewCounty()
    {
        var serial = Interlocked.Increment(ref _county);
        var city = 10 + (serial / 98 % 89);
        var county = 1 + (serial % 98);
        return string.Create(CultureInfo.InvariantCulture, $"41{city:D2}{county:D2}");
    }
}
