using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Figures;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Envoys.CorrectingDetails;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Projections.Figures;

namespace Fupin.EventSourced.Api.Tests.Figures;

[Collection(ApiCollection.Name)]
public class FigureLedgerTests(ApiFixture api)
{
    /// <summary>桓台县: no other test in this collection records anything there, so its figures are these tests' alone.</summary>
    private const string County = "370321";

    private readonly HttpClient _operator = api.ClientAs(Roles.Operator, County);
    private readonly HttpClient _analyst = api.ClientAs(Roles.Analyst, division: null);

    [Fact]
    public async Task Figures_count_by_business_date_roll_up_by_prefix_follow_corrections_and_are_explained_by_their_events()
    {
        var march = await _operator.RegisteredEnvoy(County, new DateOnly(2018, 3, 1));
        var september = await _operator.RegisteredEnvoy(County, new DateOnly(2018, 9, 1));
        var moved = await _operator.RegisteredEnvoy(County, new DateOnly(2018, 5, 1));
        (await _operator.PostCorrection(moved, new CorrectEnvoyDetails("selected in January 2019", SelectedOn: new DateOnly(2019, 1, 10)), "\"1\""))
            .EnsureSuccessStatusCode();
        await api.WaitForProjectionsAsync();

        (await _analyst.Figure(Figure.EnvoysSelected, County, 2018)).Should().Be(2);
        (await _analyst.Figure(Figure.EnvoysSelected, County, 2019)).Should().Be(1);
        (await _analyst.Figure(Figure.EnvoysSelected, "370300", 2018)).Should().BeGreaterThanOrEqualTo(2, "the city rolls its counties up");
        (await _analyst.Figures(County, 2018, asOf: new DateOnly(2018, 6, 30))).Figures[Figure.EnvoysSelected]
            .Should().Be(1, "as of 30 June only the March envoy counts: May's moved to 2019, September's is later");

        var explained = await _analyst.Explained(Figure.EnvoysSelected, County, 2018);
        explained.Entries.Select(e => (e.StreamId, e.Amount, e.On)).Should().Equal(
            (march, 1m, new DateOnly(2018, 3, 1)), (september, 1m, new DateOnly(2018, 9, 1)), (moved, 1m, new DateOnly(2018, 5, 1)),
            (moved, -1m, new DateOnly(2018, 5, 1)));
        explained.Entries.Sum(e => e.Amount).Should().Be(2, "the entries add up to the figure");
        explained.Entries.Select(e => e.EventType).Should().Equal("envoy_registered", "envoy_registered", "envoy_registered", "envoy_details_corrected");
        explained.Next.Should().BeNull();
    }

    [Fact]
    public async Task Explanations_page_in_event_order()
    {
        const string county = "370502";
        var client = api.ClientAs(Roles.Operator, county);
        var envoys = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            envoys.Add(await client.RegisteredEnvoy(county, new DateOnly(2017, 4, 1)));
        }

        await api.WaitForProjectionsAsync();

        var first = await _analyst.Explained(Figure.EnvoysSelected, county, 2017, limit: 3);
        var second = await _analyst.Explained(Figure.EnvoysSelected, county, 2017, after: first.Next, limit: 3);

        first.Next.Should().NotBeNull();
        second.Next.Should().BeNull();
        first.Entries.Concat(second.Entries).Select(e => e.StreamId).Should().Equal(envoys);
    }

    [Fact]
    public async Task A_report_as_known_on_an_instant_leaves_out_what_was_recorded_after_it()
    {
        const string county = "370305";
        var client = api.ClientAs(Roles.Operator, county);
        await client.RegisteredEnvoy(county, new DateOnly(2016, 2, 1));
        await api.WaitForProjectionsAsync();
        await FigureLedger.RecordMarkAsync(api.Store, CancellationToken.None);
        var julyReport = DateTimeOffset.UtcNow;
        await Task.Yield();

        await client.RegisteredEnvoy(county, new DateOnly(2016, 3, 1));
        await api.WaitForProjectionsAsync();

        var asKnown = await _analyst.Figures(county, 2016, knownOn: julyReport);
        var now = await _analyst.Figures(county, 2016);

        asKnown.Figures[Figure.EnvoysSelected].Should().Be(1);
        now.Figures[Figure.EnvoysSelected].Should().Be(2);
        asKnown.KnownThrough.Should().BeLessThan(now.KnownThrough);
    }

    [Fact]
    public async Task An_exit_counts_for_its_exit_year_at_the_village()
    {
        const string county = "370304";
        var client = api.ClientAs(Roles.Operator, county);
        var village = await client.RegisteredVillage(Codes.NewVillage(county));
        var household = await client.RegisteredHousehold(HouseholdScenarios.NewRegistration(village));
        await client.InNotice(household, new DateOnly(2019, 11, 20));
        await client.Stepped(household, (LifecycleStep.ApproveExit, new DateOnly(2019, 12, 1)));
        (await client.PostStep(household, LifecycleStep.MarkExited, new DateOnly(2020, 1, 5), exitYear: 2019)).EnsureSuccessStatusCode();
        await api.WaitForProjectionsAsync();

        (await _analyst.Figure(Figure.HouseholdsExited, county, 2019)).Should().BeGreaterThanOrEqualTo(1);
        (await _analyst.Explained(Figure.HouseholdsExited, county, 2019)).Entries.Should().Contain(e => e.StreamId == household && e.DivisionCode == village);
    }

    [Fact]
    public async Task A_date_as_known_on_means_the_end_of_that_day_in_Beijing_time()
    {
        var figures = await _analyst.GetFromJsonAsync<DivisionFigures>("/api/figures/divisions/370321/years/2018?knownOn=2018-07-31", EnvoyScenarios.Json);

        figures!.KnownOn.Should().Be(new DateTimeOffset(2018, 8, 1, 0, 0, 0, TimeSpan.FromHours(8)).AddTicks(-1));
        figures.KnownThrough.Should().Be(0, "nothing was recorded by then");
    }

    [Theory]
    [InlineData("/api/figures/divisions/37032/years/2018")]
    [InlineData("/api/figures/divisions/370321/years/18")]
    [InlineData("/api/figures/divisions/370321/years/2018?asOf=2018-13-01")]
    [InlineData("/api/figures/divisions/370321/years/2018?knownOn=2018-07-31T23:59:59")]
    [InlineData("/api/figures/divisions/370321/years/2018?knownOn=2018-07-32")]
    [InlineData("/api/figures/NoSuchFigure/divisions/370321/years/2018/events")]
    [InlineData("/api/figures/FarmersTrained/divisions/370321/years/2018/events?limit=0")]
    [InlineData("/api/figures/FarmersTrained/divisions/370321/years/2018/events?after=-1")]
    public async Task A_malformed_figure_query_is_a_400(string url)
    {
        var response = await _analyst.GetAsync(url);

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
    }
}
