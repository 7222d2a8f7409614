using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Counties.ListingCounties;
using Fupin.EventSourced.Api.Counties.ListingVillages;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Villages.CorrectingName;

namespace Fupin.EventSourced.Api.Tests.Counties;

[Collection(ApiCollection.Name)]
public class CountyVillagesTests(ApiFixture api)
{
    [Fact]
    public async Task A_county_lists_its_villages_under_their_current_names_as_soon_as_the_commands_are_acknowledged()
    {
        var county = NewCounty();
        var @operator = api.ClientAs(Roles.Operator, county);
        var first = await @operator.RegisteredVillage(Codes.NewVillage(county), "东村");
        var second = await @operator.RegisteredVillage(Codes.NewVillage(county), "西村");
        (await @operator.PostNameCorrection(first, new CorrectVillageName("东新村", "renamed in 2019"), "\"1\""))
            .EnsureSuccessStatusCode();

        var listed = await @operator.GetFromJsonAsync<CountyVillagesView>($"/api/counties/{county}/villages");

        listed!.VillageCount.Should().Be(2);
        listed.Villages.Select(v => (v.Code, v.Name, v.Version)).Should().BeEquivalentTo([(first, "东新村", 2L), (second, "西村", 1L)]);
    }

    [Fact]
    public async Task The_async_county_counts_catch_up_with_the_registrations()
    {
        var county = NewCounty();
        var @operator = api.ClientAs(Roles.Operator, county);
        for (var i = 0; i < 3; i++)
        {
            await @operator.RegisteredVillage(Codes.NewVillage(county));
        }

        await api.WaitForProjectionsAsync();
        var counties = await @operator.GetFromJsonAsync<List<CountySummary>>("/api/counties");

        counties.Should().ContainSingle(c => c.CountyCode == county).Which.VillageCount.Should().Be(3);
    }

    [Fact]
    public async Task The_county_list_holds_only_counties_in_the_callers_scope()
    {
        await api.ClientAs(Roles.Operator, Codes.County).RegisteredVillage(Codes.NewVillage(Codes.County));
        await api.ClientAs(Roles.Operator, Codes.OtherCounty).RegisteredVillage(Codes.NewVillage(Codes.OtherCounty));
        await api.WaitForProjectionsAsync();

        var scoped = await api.ClientAs(Roles.Analyst, Codes.County).GetFromJsonAsync<List<CountySummary>>("/api/counties");
        var unscoped = await api.ClientAs(Roles.Analyst, null).GetFromJsonAsync<List<CountySummary>>("/api/counties");

        scoped!.Select(c => c.CountyCode).Should().Equal(Codes.County);
        unscoped!.Select(c => c.CountyCode).Should().Contain([Codes.County, Codes.OtherCounty]);
    }

    [Fact]
    public async Task A_county_without_villages_is_a_404()
    {
        var response = await api.ClientAs(Roles.Analyst, null).GetAsync("/api/counties/110101/villages");

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "county.not-found");
    }

    /// <summary>A county code no other test registers in, so its count is exact.</summary>
    private static string NewCounty() =>
        "37" + Interlocked.Increment(ref _nextCounty).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    private static int _nextCounty = Random.Shared.Next(1000, 8000);
}
