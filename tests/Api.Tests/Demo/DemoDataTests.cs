using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Demo;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Projections;
using Fupin.EventSourced.Projections.Plans;
using JasperFx.Events.Daemon;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Fupin.EventSourced.Api.Tests.Demo;

/// <summary>
/// The demo data on a database of its own: it loads city 370300 and its counties, whose figures other tests add to
/// on the shared one, and the rerun check needs a store nothing else writes to.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoCollection.Fixture>
{
    public const string Name = "Demo data on a database of its own";

    public sealed class Fixture : ApiFixture;
}

/// <summary>
/// The <c>demo-data</c> verb's loader, run against the test host through its HTTP pipeline (consultations at a
/// twentieth; everything else whole): the plans' target-vs-actual tables show what was loaded, and a rerun appends nothing.
/// </summary>
[Collection(DemoCollection.Name)]
public class DemoDataTests(DemoCollection.Fixture api, ITestOutputHelper output)
{
    private const decimal Scale = 0.05m;

    [Fact]
    public async Task Demo_data_fills_both_plans_target_vs_actual_and_a_rerun_appends_nothing()
    {
        var load = await LoadAsync();
        await api.WaitForProjectionsAsync();
        var mark = await api.HighWaterMarkAsync();
        var analyst = api.ClientAs(Roles.Analyst, null);

        var year2018 = await ProgressAsync(analyst, load.Plan2018Id, 2018);
        year2018.Should().BeEquivalentTo(new Dictionary<string, (decimal?, decimal?, bool?)>
        {
            ["envoys-selected"] = (240, 240, true),
            ["key-villages-covered"] = (474, 474, true),
            ["experts-registered"] = (56, 56, true),
            ["professional-groups"] = (7, 7, true),
            ["demand-surveys"] = (2, 2, true),
            ["activities-held"] = (20, 22, true),
            ["projects-supported"] = (10, 10, true),
            ["technologies-introduced"] = (20, 21, true),
            ["farmers-trained"] = (2000, 2100, true),
            ["brochures-distributed"] = (3000, 2850, false),
            ["tech-leaders"] = (25, 22, false),
            ["demonstration-households"] = (25, 27, true),
            ["star-maker-spaces"] = (1, 1, true),
            ["agri-stations"] = (10, 9, false),
            ["news-reports"] = (10, 12, true),
            ["park-village-pairings"] = (16, 16, true),
            ["park-jobs"] = (50, 52, true),
        });
        var year2023 = await ProgressAsync(analyst, load.Plan2021Id, 2023);
        year2023.Should().BeEquivalentTo(new Dictionary<string, (decimal?, decimal?, bool?)>
        {
            ["envoys-selected"] = (300, 280, false),
            ["projects-supported"] = (20, 18, false),
            ["technologies-introduced"] = (20, 24, true),
            ["platforms-founded"] = (40, 44, true),
            ["farmers-trained"] = (6000, 4000, false),
        });
        (await ProgressAsync(analyst, load.Plan2018Id, 2019))["envoys-selected"].Should().Be((40m, 25m, false), "the 2019 target was revised to 40");

        // Seed 002's 2023: 25 sessions and 4,000 farmers (128 of them from poor households, on the 64-village
        // course), consultations at the test's scale (5,000 × 0.05, 45 online, 12 awaiting an answer), and the
        // anchor county's books: 300,000 allocated and received, 30,019 paid by end of July.
        var city = (await analyst.Figures(DemoPlans.City, 2023)).Figures;
        (city[Figure.TrainingSessions], city[Figure.FarmersTrained], city[Figure.FarmersTrainedFromPoorHouseholds]).Should().Be((25m, 4_000m, 128m));
        (city[Figure.Consultations], city[Figure.ConsultationsOnline], city[Figure.ConsultationsAnswered]).Should().Be((250m, 45m, 238m));
        var county = (await analyst.Figures(DemoDataLoader.AnchorCounty, 2023)).Figures;
        (county[Figure.FundsAllocated], county[Figure.FundsReceived], county[Figure.FundsDisbursed], county[Figure.ProjectsSupported])
            .Should().Be((300_000m, 300_000m, 30_019m, 1m));

        var rerun = await LoadAsync();
        (rerun.Plan2018Id, rerun.Plan2021Id).Should().Be((load.Plan2018Id, load.Plan2021Id));
        rerun.Requests.Should().Be(load.Requests);
        (await api.HighWaterMarkAsync()).Should().Be(mark, "every command of the rerun is answered from its stored answer");
    }

    [Fact]
    public async Task Rebuilding_every_projection_gives_back_the_same_documents_and_figures()
    {
        var load = await LoadAsync();
        await api.WaitForProjectionsAsync();
        var analyst = api.ClientAs(Roles.Analyst, null);
        var states = await StateDocumentsAsync();
        var figures = await analyst.GetStringAsync($"/api/figures/divisions/{DemoPlans.City}/years/2023");
        var progress = await analyst.GetStringAsync($"/api/plans/{load.Plan2021Id}/progress/{DemoPlans.City}/years/2023");
        states["Consultation"].Should().Contain(row => row.Version == 2, "answered consultations are at their second version");
        states["Project"].Should().Contain(row => row.Version > 2);

        var daemon = api.Factory.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        var rebuilt = await ProjectionRebuild.RebuildAsync(api.Store, daemon, only: null, TimeSpan.FromMinutes(1), CancellationToken.None);

        rebuilt.Keys.Should().Contain(["Consultation", "Training", "Village", "Project", "FigureLedger.asked", "FigureLedger.answered", "FigureLedger.others", "FundTransaction"]);
        var after = await StateDocumentsAsync();
        after.Keys.Should().BeEquivalentTo(states.Keys);
        foreach (var (state, rows) in states)
        {
            after[state].Should().Equal(rows, $"the {state} documents are rebuilt as the inline projection wrote them");
        }

        (await analyst.GetStringAsync($"/api/figures/divisions/{DemoPlans.City}/years/2023")).Should().Be(figures);
        (await analyst.GetStringAsync($"/api/plans/{load.Plan2021Id}/progress/{DemoPlans.City}/years/2023")).Should().Be(progress);
    }

    /// <summary>Every stream state's documents, by state type.</summary>
    private async Task<Dictionary<string, List<(string Id, long Version, string Row)>>> StateDocumentsAsync()
    {
        var documents = new Dictionary<string, List<(string, long, string)>>();
        foreach (var state in ProjectionRebuild.StreamStatesOf(api.Store))
        {
            documents[state.Name] = await DocumentRows.ReadAsync(api.Store, $"mt_doc_{state.Name.ToLowerInvariant()}");
        }

        return documents;
    }

    private async Task<DemoLoad> LoadAsync()
    {
        var clock = Stopwatch.StartNew();
        using var sender = new DemoSender(caller => api.ClientAs(caller.Role, caller.Division, caller.UserId), parallel: 8);
        var load = await new DemoDataLoader(sender, Scale).LoadAsync();
        output.WriteLine($"{load.Requests} requests in {clock.Elapsed.TotalSeconds:F1} s");
        return load;
    }

    private static async Task<Dictionary<string, (decimal? Target, decimal? Actual, bool? Met)>> ProgressAsync(HttpClient analyst, string planId, int year)
    {
        var response = await analyst.GetAsync($"/api/plans/{planId}/progress/{DemoPlans.City}/years/{year}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var progress = (await response.Content.ReadFromJsonAsync<PlanProgress>(EnvoyScenarios.Json))!;
        if (year == 2018)
        {
            progress.Rows.Single(r => r.IndicatorCode == "farmers-trained").Breakdown!.Actual.Should().Be(640);
        }

        if (year == 2023)
        {
            progress.Rows.Single(r => r.IndicatorCode == "farmers-trained").Breakdown!.Actual.Should().Be(128);
        }

        return progress.Rows.ToDictionary(r => r.IndicatorCode, r => (r.Target, r.Actual, r.Met));
    }
}
