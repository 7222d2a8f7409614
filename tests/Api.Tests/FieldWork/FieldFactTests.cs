using System.Net;
using Fupin.EventSourced.Api.FieldWork.Recognitions.Reading;
using Fupin.EventSourced.Api.FieldWork;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.FieldWork.Activities.Correcting;
using Fupin.EventSourced.Domain.FieldWork.Activities;
using Fupin.EventSourced.Domain.FieldWork.Brochures.Correcting;
using Fupin.EventSourced.Domain.FieldWork.Brochures;
using Fupin.EventSourced.Domain.FieldWork.DemandSurveys.Correcting;
using Fupin.EventSourced.Domain.FieldWork.DemandSurveys;
using Fupin.EventSourced.Domain.FieldWork.NewsReports.Correcting;
using Fupin.EventSourced.Domain.FieldWork.NewsReports;
using Fupin.EventSourced.Domain.FieldWork.Recognitions.Correcting;
using Fupin.EventSourced.Domain.FieldWork.Recognitions;
using Fupin.EventSourced.Domain.FieldWork.Technologies.Correcting;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Technologies;
using Microsoft.AspNetCore.Mvc;
using static Fupin.EventSourced.Api.Tests.Infrastructure.FieldWorkScenarios;

namespace Fupin.EventSourced.Api.Tests.FieldWork;

[Collection(ApiCollection.Name)]
public class FieldFactTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task Activities_surveys_brochures_and_news_reports_are_recorded_corrected_and_read_back()
    {
        var activity = await _operator.RecordedActivity();
        var survey = await _operator.RecordedDemandSurvey();
        var distribution = await _operator.RecordedDistribution();
        var report = await _operator.RecordedNewsReport();

        (await _operator.Send($"/api/activities/{activity}/corrections",
            new CorrectActivity(ActivityKind.Promotion, "成果推广", "汀头村", April2018, 60, "wrong kind"), "\"1\"")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _operator.Send($"/api/demand-surveys/{survey}/corrections",
            new CorrectDemandSurvey(April2018, 14, "重点村蔬菜产业技术需求", "two missed"), "\"1\"")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _operator.Send($"/api/brochure-distributions/{distribution}/corrections",
            new CorrectBrochureDistribution("蔬菜病虫害防治手册", "注滋口镇集市", April2018, 1000, "counted twice"), "\"1\"")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _operator.Send($"/api/news-reports/{report}/corrections",
            new CorrectNewsReport("科技特派员进村入户", "大众日报", April2018, "https://www.dzwww.com/a/1.html", "wrong outlet"), "\"1\"")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await _operator.Read<FieldFact<ActivityDetails>>($"/api/activities/{activity}")).Body.Details.Participants.Should().Be(60);
        (await _operator.Read<FieldFact<DemandSurveyDetails>>($"/api/demand-surveys/{survey}")).Body.Details.VillagesSurveyed.Should().Be(14);
        (await _operator.Read<FieldFact<BrochureDetails>>($"/api/brochure-distributions/{distribution}")).Body.Details.Copies.Should().Be(1000);
        var (news, etag) = await _operator.Read<FieldFact<NewsReportDetails>>($"/api/news-reports/{report}");
        (news.Details.Outlet, news.Corrections, etag).Should().Be(("大众日报", 1, "\"2\""));
    }

    [Theory]
    [InlineData("/api/activities", "activity.not-found")]
    [InlineData("/api/demand-surveys", "demand-survey.not-found")]
    [InlineData("/api/brochure-distributions", "brochure-distribution.not-found")]
    [InlineData("/api/news-reports", "news-report.not-found")]
    [InlineData("/api/recognitions", "recognition.not-found")]
    public async Task An_unknown_record_of_each_kind_is_its_404(string resource, string error) =>
        await (await _operator.GetAsync($"{resource}/{Guid.CreateVersion7()}")).ShouldBeProblem(HttpStatusCode.NotFound, error);

    [Fact]
    public async Task A_news_report_without_an_absolute_web_address_is_a_400_naming_the_link()
    {
        var response = await _operator.Send("/api/news-reports", NewNewsReport() with { Link = "www.zibo.gov.cn/news" });

        (await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid"))
            .Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().Equal("link");
    }

    [Fact]
    public async Task A_fact_in_a_division_outside_the_callers_is_refused_and_nothing_is_written()
    {
        var before = await api.HighWaterMarkAsync();

        await (await _operator.Send("/api/brochure-distributions", NewDistribution(Codes.OtherCounty))).ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");

        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_recognition_names_a_person_in_full_for_operators_and_masked_for_analysts()
    {
        var id = await _operator.RecordedRecognition();

        (await _operator.Read<RecognitionView>($"/api/recognitions/{id}")).Body.Name.Should().Be("张三");
        (await api.ClientAs(Roles.Analyst).Read<RecognitionView>($"/api/recognitions/{id}")).Body.Name.Should().Be("张*");
    }

    [Fact]
    public async Task A_recognition_links_a_registered_household_of_its_village_and_refuses_one_of_another()
    {
        var householdId = await _operator.RegisteredHousehold();
        var household = await _operator.GetHousehold(householdId);

        var linked = await _operator.Created("/api/recognitions", NewRecognition(household.VillageCode, householdId));
        var elsewhere = await _operator.Send("/api/recognitions", NewRecognition(await _operator.RegisteredVillage(), householdId));
        var unknown = await _operator.Send("/api/recognitions", NewRecognition(household.VillageCode, Guid.CreateVersion7().ToString()));

        var (view, _) = await _operator.Read<RecognitionView>($"/api/recognitions/{linked}");
        (view.HouseholdId, view.Name).Should().Be((householdId, null));
        await elsewhere.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "recognition.household-of-another-village");
        await unknown.ShouldBeProblem(HttpStatusCode.NotFound, "household.not-found");
    }

    /// <summary>Each kind counts into the figure ledger by its date; corrections count their difference (seed 001's yearly figures).</summary>
    [Fact]
    public async Task Every_kind_counts_its_figure_and_corrections_keep_the_sums_exact()
    {
        const string county = "370883";
        var client = api.ClientAs(Roles.Operator, county);
        var village = await client.RegisteredVillage(Codes.NewVillage(county));
        var technology = await client.Created("/api/technology-introductions", NewIntroduction(village));
        await client.Created("/api/technology-introductions", NewIntroduction(village));
        await client.Created("/api/activities", NewActivity(county));
        await client.Created("/api/demand-surveys", NewDemandSurvey(county));
        var distribution = await client.Created("/api/brochure-distributions", NewDistribution(county, copies: 1200));
        await client.Created("/api/brochure-distributions", NewDistribution(county, copies: 800));
        await client.Created("/api/news-reports", NewNewsReport(county));
        var recognition = await client.Created("/api/recognitions", NewRecognition(village));
        await client.Created("/api/recognitions", NewRecognition(village));

        (await client.Send($"/api/technology-introductions/{technology}/corrections",
            new CorrectTechnologyIntroduction("鲁研 1 号黄瓜", TechnologyKind.Variety, new DateOnly(2019, 2, 1), "a year late"), "\"1\""))
            .EnsureSuccessStatusCode();
        (await client.Send($"/api/brochure-distributions/{distribution}/corrections",
            new CorrectBrochureDistribution("蔬菜病虫害防治手册", "注滋口镇集市", April2018, 1000, "counted twice"), "\"1\"")).EnsureSuccessStatusCode();
        (await client.Send($"/api/recognitions/{recognition}/corrections",
            new CorrectRecognition(RecognitionKind.DemonstrationHousehold, April2018, "wrong list", "张三"), "\"1\"")).EnsureSuccessStatusCode();
        await api.WaitForProjectionsAsync();

        var figures = (await api.ClientAs(Roles.Analyst, division: null).Figures(county, 2018)).Figures;
        figures[Figure.TechnologiesIntroduced].Should().Be(1, "one of the two moved to 2019");
        figures[Figure.ActivitiesHeld].Should().Be(1);
        figures[Figure.DemandSurveys].Should().Be(1);
        figures[Figure.BrochuresDistributed].Should().Be(1800, "1,200 corrected to 1,000, and 800");
        figures[Figure.NewsReports].Should().Be(1);
        figures[Figure.TechLeadersRecognised].Should().Be(1);
        figures[Figure.DemonstrationHouseholdsRecognised].Should().Be(1);
        (await api.ClientAs(Roles.Analyst, division: null).Figure(Figure.TechnologiesIntroduced, county, 2019)).Should().Be(1);
        var (listed, _) = await client.Read<Page<RecognitionView>>($"/api/recognitions/divisions/{county}/years/2018");
        listed.Items.Select(r => r.Kind).Should().BeEquivalentTo([RecognitionKind.TechLeader, RecognitionKind.DemonstrationHousehold]);
    }
}
