using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Envoys.EndingAssignment;
using Fupin.EventSourced.Domain.Envoys.Withdrawing;
using Fupin.EventSourced.Projections.Envoys;

namespace Fupin.EventSourced.Api.Tests.Coverage;

/// <summary>
/// Full coverage (全覆盖) in business dates, read after the projections catch up. Each test works in a city of its own
/// (province 65, which no other test uses), so its figures are exact while other tests write to the same database.
/// </summary>
[Collection(ApiCollection.Name)]
public class CoverageTests(ApiFixture api)
{
    private static int _nextCity = Random.Shared.Next(10, 60);

    [Fact]
    public async Task A_county_in_2018_counts_villages_by_the_business_dates_of_their_assignments()
    {
        var world = await ArrangeTheCountyOf2018();

        var coverage = await world.Analyst.GetFromJsonAsync<Projections.Envoys.Coverage>($"/api/coverage/{world.County}/years/2018");

        coverage.Should().BeEquivalentTo(new Projections.Envoys.Coverage(world.County, new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31),
            VillagesRegistered: 6,
            VillagesCovered: 4,
            VillagesCoveredOnLastDay: 2,
            NotCovered: [Uncovered(world.Villages[3]), Uncovered(world.Villages[5])],
            EnvoysSelected: 2,
            EnvoysActive: 3), options => options.WithStrictOrdering());
    }

    [Fact]
    public async Task A_county_on_a_date_counts_the_villages_with_an_envoy_that_day_and_the_envoys_selected_that_year_so_far()
    {
        var world = await ArrangeTheCountyOf2018();

        var coverage = await world.Analyst.GetFromJsonAsync<Projections.Envoys.Coverage>($"/api/coverage/{world.County}/dates/2018-07-01");

        coverage.Should().BeEquivalentTo(new Projections.Envoys.Coverage(world.County, new DateOnly(2018, 7, 1), new DateOnly(2018, 7, 1),
            VillagesRegistered: 6,
            VillagesCovered: 3,
            VillagesCoveredOnLastDay: 3,
            NotCovered: [Uncovered(world.Villages[3]), Uncovered(world.Villages[4]), Uncovered(world.Villages[5])],
            EnvoysSelected: 2,
            EnvoysActive: 2), options => options.WithStrictOrdering());
    }

    [Fact]
    public async Task The_city_rolls_up_its_counties_and_its_own_envoys()
    {
        var world = await ArrangeTheCountyOf2018();
        var cityAnalyst = api.ClientAs(Roles.Analyst, world.City);

        var coverage = await cityAnalyst.GetFromJsonAsync<Projections.Envoys.Coverage>($"/api/coverage/{world.City}/years/2018");

        coverage.Should().BeEquivalentTo(new Projections.Envoys.Coverage(world.City[..4], new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31),
            VillagesRegistered: 7,
            VillagesCovered: 5,
            VillagesCoveredOnLastDay: 3,
            NotCovered: [Uncovered(world.Villages[3]), Uncovered(world.Villages[5])],
            EnvoysSelected: 3,
            EnvoysActive: 4), options => options.WithStrictOrdering());
    }

    [Fact]
    public async Task An_analyst_of_another_county_cannot_read_the_countys_coverage_nor_the_citys()
    {
        var world = await ArrangeTheCountyOf2018();
        var neighbour = api.ClientAs(Roles.Analyst, world.NeighbourCounty);

        var county = await neighbour.GetAsync($"/api/coverage/{world.County}/years/2018");
        var city = await world.Analyst.GetAsync($"/api/coverage/{world.City}/dates/2018-12-31");

        await county.ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        await city.ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
    }

    [Fact]
    public async Task Every_village_covered_in_2018_makes_covered_equal_to_registered()
    {
        const int envoyCount = 3, villageCount = 8;
        var (city, county, _) = NewCity();
        var @operator = api.ClientAs(Roles.Operator, county);
        var envoys = new List<string>();
        for (var i = 0; i < envoyCount; i++)
        {
            envoys.Add(await @operator.RegisteredEnvoy(county, new DateOnly(2018, 1 + i, 1)));
        }

        for (var i = 0; i < villageCount; i++)
        {
            var village = await @operator.RegisteredVillage(Codes.NewVillage(county));
            await @operator.Assigned(envoys[i % envoyCount], village, new DateOnly(2018, 3 + i, 1));
        }

        await api.WaitForProjectionsAsync();
        var coverage = await api.ClientAs(Roles.Analyst, city).GetFromJsonAsync<Projections.Envoys.Coverage>($"/api/coverage/{county}/years/2018");

        coverage!.VillagesRegistered.Should().Be(villageCount);
        coverage.VillagesCovered.Should().Be(villageCount);
        coverage.VillagesCoveredOnLastDay.Should().Be(villageCount);
        coverage.NotCovered.Should().BeEmpty();
        (coverage.EnvoysSelected, coverage.EnvoysActive).Should().Be((envoyCount, envoyCount));
    }

    [Fact]
    public async Task An_assignment_entered_later_that_started_in_2018_counts_for_2018()
    {
        var (_, county, _) = NewCity();
        var @operator = api.ClientAs(Roles.Operator, county);
        var village = await @operator.RegisteredVillage(Codes.NewVillage(county));
        var envoyId = await @operator.RegisteredEnvoy(county);
        await api.WaitForProjectionsAsync();
        var before = await @operator.GetFromJsonAsync<Projections.Envoys.Coverage>($"/api/coverage/{county}/years/2018");

        await @operator.Assigned(envoyId, village, new DateOnly(2018, 6, 1));
        await api.WaitForProjectionsAsync();
        var after = await @operator.GetFromJsonAsync<Projections.Envoys.Coverage>($"/api/coverage/{county}/years/2018");

        (before!.VillagesCovered, before.NotCovered.Count).Should().Be((0, 1));
        (after!.VillagesCovered, after.VillagesCoveredOnLastDay, after.NotCovered.Count).Should().Be((1, 1, 0));
    }

    [Fact]
    public async Task A_withdrawal_in_2018_leaves_the_envoys_villages_covered_in_the_year_but_not_at_its_end()
    {
        var (_, county, _) = NewCity();
        var @operator = api.ClientAs(Roles.Operator, county);
        var envoyId = await @operator.RegisteredEnvoy(county);
        await @operator.Assigned(envoyId, await @operator.RegisteredVillage(Codes.NewVillage(county)), new DateOnly(2018, 6, 1));
        (await @operator.PostWithdrawal(envoyId, new WithdrawEnvoy(new DateOnly(2018, 9, 30), "retired"))).EnsureSuccessStatusCode();
        await api.WaitForProjectionsAsync();

        var in2018 = await @operator.GetFromJsonAsync<Projections.Envoys.Coverage>($"/api/coverage/{county}/years/2018");
        var in2019 = await @operator.GetFromJsonAsync<Projections.Envoys.Coverage>($"/api/coverage/{county}/years/2019");

        (in2018!.VillagesCovered, in2018.VillagesCoveredOnLastDay, in2018.EnvoysActive).Should().Be((1, 0, 1));
        (in2019!.VillagesCovered, in2019.EnvoysActive).Should().Be((0, 0));
    }

    [Theory]
    [InlineData("years/18")]
    [InlineData("years/1999")]
    [InlineData("years/2101")]
    [InlineData("years/twenty")]
    [InlineData("years/-2018")]
    [InlineData("dates/2018-02-30")]
    [InlineData("dates/2018-7-1")]
    [InlineData("dates/20180701")]
    [InlineData("dates/2018-07-01T00:00:00")]
    public async Task A_bad_year_or_date_is_a_400(string period)
    {
        var response = await api.ClientAs(Roles.Analyst, division: null).GetAsync($"/api/coverage/{Codes.County}/{period}");

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
    }

    [Theory]
    [InlineData("3703")]
    [InlineData("3703021")]
    [InlineData("370302101001")]
    [InlineData("000000")]
    [InlineData("37030x")]
    public async Task A_bad_division_is_a_400(string division)
    {
        var response = await api.ClientAs(Roles.Analyst, division: null).GetAsync($"/api/coverage/{division}/years/2018");

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
    }

    /// <summary>
    /// A county of a new city with six villages and the envoys that serve them, a neighbouring county with one more
    /// village, and an envoy the city selected itself:
    /// <list type="bullet">
    /// <item>village 0: from June 2018, open-ended (covered, and on 31 December);</item>
    /// <item>village 1: for a term March–October 2018 (covered, not at year end);</item>
    /// <item>village 2: from May 2018, ended early on 30 September (covered, not at year end);</item>
    /// <item>village 3: from March 2019 (not covered in 2018);</item>
    /// <item>village 4: from 31 December 2018 (covered on the year's last day only);</item>
    /// <item>village 5: never assigned;</item>
    /// <item>the neighbour's village: served by the city's envoy from July 2018.</item>
    /// </list>
    /// Envoys of the county: two selected in 2018, one in 2019, one selected in 2017 and withdrawn on 1 January 2018
    /// (active in 2018 for a day), one selected in 2017 and withdrawn on 31 December 2017.
    /// </summary>
    private async Task<World> ArrangeTheCountyOf2018()
    {
        var (city, county, neighbour) = NewCity();
        var @operator = api.ClientAs(Roles.Operator, county);
        var cityOperator = api.ClientAs(Roles.Operator, city);
        var villages = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            villages.Add(await @operator.RegisteredVillage(Codes.NewVillage(county)));
        }

        villages.Sort(StringComparer.Ordinal);
        var first = await @operator.RegisteredEnvoy(county, new DateOnly(2018, 3, 1));
        var second = await @operator.RegisteredEnvoy(county, new DateOnly(2018, 5, 1));
        var late = await @operator.RegisteredEnvoy(county, new DateOnly(2019, 2, 1));
        var leftOnNewYear = await @operator.RegisteredEnvoy(county, new DateOnly(2017, 6, 1));
        var leftBefore = await @operator.RegisteredEnvoy(county, new DateOnly(2017, 6, 1));
        (await @operator.PostWithdrawal(leftOnNewYear, new WithdrawEnvoy(new DateOnly(2018, 1, 1), "retired"))).EnsureSuccessStatusCode();
        (await @operator.PostWithdrawal(leftBefore, new WithdrawEnvoy(new DateOnly(2017, 12, 31), "retired"))).EnsureSuccessStatusCode();

        await @operator.Assigned(first, villages[0], new DateOnly(2018, 6, 1));
        await @operator.Assigned(first, villages[1], new DateOnly(2018, 3, 1), new DateOnly(2018, 10, 31));
        var ended = await @operator.Assigned(second, villages[2], new DateOnly(2018, 5, 1));
        (await @operator.PostEnd(second, ended, new EndAssignment(new DateOnly(2018, 9, 30), "village merged"))).EnsureSuccessStatusCode();
        await @operator.Assigned(late, villages[3], new DateOnly(2019, 3, 1));
        await @operator.Assigned(second, villages[4], new DateOnly(2018, 12, 31), new DateOnly(2019, 6, 30));

        var citysEnvoy = await cityOperator.RegisteredEnvoy(city, new DateOnly(2018, 4, 1));
        await cityOperator.Assigned(citysEnvoy, await cityOperator.RegisteredVillage(Codes.NewVillage(neighbour)), new DateOnly(2018, 7, 1));

        await api.WaitForProjectionsAsync();
        return new World(city, county, neighbour, villages, api.ClientAs(Roles.Analyst, county));
    }

    /// <summary>A city of province 65 no other test uses, with two of its counties.</summary>
    private static (string City, string County, string Neighbour) NewCity()
    {
        var city = "65" + Interlocked.Increment(ref _nextCity).ToString("D2", CultureInfo.InvariantCulture);
        return (city + "00", city + "01", city + "02");
    }

    private static UncoveredVillage Uncovered(string code) => new(code, "汀头村", "淄川区", "注滋口镇");

    private sealed record World(string City, string County, string NeighbourCounty, IReadOnlyList<string> Villages, HttpClient Analyst);
}
