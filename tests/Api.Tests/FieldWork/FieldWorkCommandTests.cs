using System.Net;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.FieldWork.Activities.Correcting;
using Fupin.EventSourced.Domain.FieldWork.Activities;
using Fupin.EventSourced.Domain.FieldWork.Brochures.Correcting;
using Fupin.EventSourced.Domain.FieldWork.DemandSurveys.Correcting;
using Fupin.EventSourced.Domain.FieldWork.NewsReports.Correcting;
using Fupin.EventSourced.Domain.FieldWork.Recognitions.Correcting;
using Fupin.EventSourced.Domain.FieldWork.Recognitions;
using Fupin.EventSourced.Domain.FieldWork.Technologies.Correcting;
using Fupin.EventSourced.Domain.Parks.Pairing;
using Fupin.EventSourced.Domain.Parks.Radiating;
using Fupin.EventSourced.Domain.Parks.RecordingJobs;
using Fupin.EventSourced.Domain.Technologies;
using Fupin.EventSourced.Domain.TownshipPlans.ReportingProgress;
using Fupin.EventSourced.Domain.TownshipPlans;
using Microsoft.AspNetCore.Mvc;
using static Fupin.EventSourced.Api.Tests.Infrastructure.FieldWorkScenarios;

namespace Fupin.EventSourced.Api.Tests.FieldWork;

/// <summary>What every field-work command shares with the rest of the API: retries with a key apply once, bad input is a 400 naming the field and writes nothing, corrections need If-Match.</summary>
[Collection(ApiCollection.Name)]
public class FieldWorkCommandTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    /// <summary>A command's route and a valid body for it, arranged on fresh streams; then the same body spoiled in one field.</summary>
    private async Task<(string Path, object Body, object Invalid, string Field)> ArrangeAsync(string command) => command switch
    {
        "IntroduceTechnology" => await Village(v => ("/api/technology-introductions", NewIntroduction(v), NewIntroduction(v) with { Kind = (TechnologyKind)9 }, "kind")),
        "RecordActivity" => ("/api/activities", NewActivity(), NewActivity() with { Participants = -1 }, "participants"),
        "RecordDemandSurvey" => ("/api/demand-surveys", NewDemandSurvey(), NewDemandSurvey() with { VillagesSurveyed = 0 }, "villagesSurveyed"),
        "RecordBrochureDistribution" => ("/api/brochure-distributions", NewDistribution(), NewDistribution() with { Place = "\u202E集市" }, "place"),
        "RecordNewsReport" => ("/api/news-reports", NewNewsReport(), NewNewsReport() with { DivisionCode = "3703" }, "divisionCode"),
        "Recognise" => await Village(v => ("/api/recognitions", NewRecognition(v), NewRecognition(v) with { Name = null }, "name")),
        "RegisterPark" => ("/api/parks", NewPark(), NewPark() with { DivisionCode = "370302101" }, "divisionCode"),
        "FoundPlatform" => ("/api/platforms", NewPlatform(), NewPlatform() with { FoundedOn = new DateOnly(1999, 12, 31) }, "foundedOn"),
        "AdoptTownshipPlan" => ("/api/township-plans", NewPlan(), NewPlan() with { TownshipCode = "370302" }, "townshipCode"),
        "PairParkWithVillage" => await ParkAndVillage((p, v) => ($"/api/parks/{p}/pairings", new PairParkWithVillage(v, April2018), new PairParkWithVillage("37", April2018), "villageCode")),
        "RecordParkRadiation" => await ParkAndVillage((p, v) => ($"/api/parks/{p}/radiations", new RecordParkRadiation(v, April2018), new RecordParkRadiation(v, default), "from")),
        "RecordParkJobs" => ($"/api/parks/{await _operator.RegisteredPark()}/jobs", new RecordParkJobs(12, April2018), new RecordParkJobs(2_000_000, April2018), "jobs"),
        "ReportTaskProgress" => ($"/api/township-plans/{await _operator.AdoptedPlan()}/tasks/1/progress",
            new ReportTaskProgress(new DateOnly(2018, 9, 30), "进展", PlanTaskStatus.InProgress, 30),
            new ReportTaskProgress(new DateOnly(2018, 9, 30), "进展", PlanTaskStatus.InProgress, 130), "percent"),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, null),
    };

    private async Task<(string, object, object, string)> Village(Func<string, (string, object, object, string)> arrange) =>
        arrange(await _operator.RegisteredVillage());

    private async Task<(string, object, object, string)> ParkAndVillage(Func<string, string, (string, object, object, string)> arrange) =>
        arrange(await _operator.RegisteredPark(), await _operator.RegisteredVillage());

    public static TheoryData<string> Commands() =>
    [
        "IntroduceTechnology", "RecordActivity", "RecordDemandSurvey", "RecordBrochureDistribution", "RecordNewsReport", "Recognise",
        "RegisterPark", "FoundPlatform", "AdoptTownshipPlan", "PairParkWithVillage", "RecordParkRadiation", "RecordParkJobs", "ReportTaskProgress",
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_retry_with_the_same_key_is_answered_from_the_first_and_appends_nothing(string command)
    {
        var (path, body, _, _) = await ArrangeAsync(command);
        var key = Guid.NewGuid().ToString();

        var first = await _operator.Send(path, body, idempotencyKey: key);
        var before = await api.HighWaterMarkAsync();
        var retry = await _operator.Send(path, body, idempotencyKey: key);

        first.IsSuccessStatusCode.Should().BeTrue(await first.Content.ReadAsStringAsync());
        retry.StatusCode.Should().Be(first.StatusCode);
        retry.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await retry.Written()).Should().Be(await first.Written());
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Bad_input_is_a_400_naming_the_field_and_writes_nothing(string command)
    {
        var (path, _, invalid, field) = await ArrangeAsync(command);
        var before = await api.HighWaterMarkAsync();

        var response = await _operator.Send(path, invalid);

        (await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid"))
            .Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().Equal(field);
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    public static TheoryData<string, object> Corrections() => new()
    {
        { "/api/technology-introductions", new CorrectTechnologyIntroduction("鲁研 9 号", TechnologyKind.Technique, April2018, "r") },
        { "/api/activities", new CorrectActivity(ActivityKind.Other, "活动", "汀头村", April2018, 1, "r") },
        { "/api/demand-surveys", new CorrectDemandSurvey(April2018, 3, "需求", "r") },
        { "/api/brochure-distributions", new CorrectBrochureDistribution("手册", "集市", April2018, 5, "r") },
        { "/api/news-reports", new CorrectNewsReport("报道", "大众日报", April2018, "http://www.dzwww.com/", "r") },
        { "/api/recognitions", new CorrectRecognition(RecognitionKind.DemonstrationHousehold, April2018, "r", "李四") },
    };

    [Theory]
    [MemberData(nameof(Corrections))]
    public async Task A_correction_needs_if_match_of_the_current_version(string resource, object correction)
    {
        var id = resource switch
        {
            "/api/technology-introductions" => await _operator.IntroducedTechnology(),
            "/api/activities" => await _operator.RecordedActivity(),
            "/api/demand-surveys" => await _operator.RecordedDemandSurvey(),
            "/api/brochure-distributions" => await _operator.RecordedDistribution(),
            "/api/news-reports" => await _operator.RecordedNewsReport(),
            _ => await _operator.RecordedRecognition(),
        };
        var path = $"{resource}/{id}/corrections";

        await (await _operator.Send(path, correction)).ShouldBeProblem(HttpStatusCode.PreconditionRequired, "version.required");
        await (await _operator.Send(path, correction, ifMatch: "\"2\"")).ShouldBeProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        (await _operator.Send(path, correction, ifMatch: "\"1\"")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _operator.Send(path, correction, ifMatch: "\"2\"")).StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, "the same values again change nothing");
    }
}
