using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Indicators.Reading;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Indicators;
using Fupin.EventSourced.Domain.Indicators.Correcting;

namespace Fupin.EventSourced.Api.Tests.Plans;

[Collection(PlansCollection.Name)]
public class IndicatorTests(PlansCollection.Fixture api) : PlanTestsBase(api)
{
    [Fact]
    public async Task An_indicator_is_defined_as_data_read_back_and_not_defined_twice()
    {
        var definition = PlanScenarios.NewIndicator(figure: Figure.FarmersTrained, breakdown: Figure.FarmersTrainedFromPoorHouseholds);
        await Admin.DefinedIndicator(definition);

        var read = await Analyst.GetFromJsonAsync<IndicatorView>($"/api/indicators/{definition.Code}", EnvoyScenarios.Json);
        read!.Source.Should().Be(new IndicatorSource(Figure.FarmersTrained, null, Figure.FarmersTrainedFromPoorHouseholds, "其中贫困户"));
        read.Direction.Should().Be(Direction.MoreIsBetter);
        read.Version.Should().Be(1);

        var again = await Admin.PostAsJsonAsync("/api/indicators", definition);
        await again.ShouldBeProblem(HttpStatusCode.Conflict, "indicator.already-defined");
    }

    [Fact]
    public async Task An_indicator_counts_exactly_one_of_a_figure_and_a_derived_measure()
    {
        var both = PlanScenarios.NewIndicator() with { Source = new IndicatorSource(Figure.FundsDisbursed, DerivedMeasure.ExecutionRate) };
        var before = await Api.HighWaterMarkAsync();

        var response = await Admin.PostAsJsonAsync("/api/indicators", both);

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        (await response.Content.ReadAsStringAsync()).Should().Contain("Source");
        (await Api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_correction_is_an_event_keeping_the_definition_it_replaces_and_needs_the_current_version()
    {
        var code = await Admin.DefinedIndicator();
        var correction = new CorrectIndicator("选派科技特派员（人）", "Envoys selected", "人", Measure.Count, Direction.MoreIsBetter,
            new IndicatorSource(Figure.EnvoysSelected, null), "名称按2019年口径");

        var stale = await Admin.SendAsync(WithIfMatch($"/api/indicators/{code}/corrections", correction, "\"7\""));
        await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed, "version.stale");

        var corrected = await Admin.SendAsync(WithIfMatch($"/api/indicators/{code}/corrections", correction, "\"1\""));
        corrected.StatusCode.Should().Be(HttpStatusCode.OK, await corrected.Content.ReadAsStringAsync());
        (await Analyst.GetFromJsonAsync<IndicatorView>($"/api/indicators/{code}", EnvoyScenarios.Json))!.NameZh.Should().Be("选派科技特派员（人）");

        var unchanged = await Admin.SendAsync(WithIfMatch($"/api/indicators/{code}/corrections", correction, "\"2\""));
        await unchanged.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "indicator.unchanged");

        await using var session = Api.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(code);
        events.Select(e => e.Data).OfType<IndicatorCorrected>().Single().Replaced.NameZh.Should().Be("选派科技特派员");
    }

    internal static HttpRequestMessage WithIfMatch<T>(string path, T body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }
}
