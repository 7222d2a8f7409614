using System.Net.Http.Json;
using System.Net;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Domain.FieldWork.Activities.Recording;
using Fupin.EventSourced.Domain.FieldWork.Activities;
using Fupin.EventSourced.Domain.FieldWork.Brochures.Distributing;
using Fupin.EventSourced.Domain.FieldWork.DemandSurveys.Recording;
using Fupin.EventSourced.Domain.FieldWork.NewsReports.Recording;
using Fupin.EventSourced.Domain.FieldWork.Recognitions.Recognising;
using Fupin.EventSourced.Domain.FieldWork.Recognitions;
using Fupin.EventSourced.Domain.FieldWork.Technologies.Introducing;
using Fupin.EventSourced.Domain.Parks.Registering;
using Fupin.EventSourced.Domain.Parks;
using Fupin.EventSourced.Domain.Platforms.Founding;
using Fupin.EventSourced.Domain.Platforms;
using Fupin.EventSourced.Domain.Technologies;
using Fupin.EventSourced.Domain.TownshipPlans.Adopting;

namespace Fupin.EventSourced.Api.Tests.Infrastructure;

/// <summary>Field facts, parks, platforms and township plans recorded through the API itself (read them with <c>RegistryScenarios.Read</c>).</summary>
public static partial class FieldWorkScenarios
{
    public static readonly DateOnly April2018 = new(2018, 4, 15);

    public static IntroduceTechnology NewIntroduction(string villageCode, DateOnly? on = null) =>
        new(villageCode, "鲁研 1 号黄瓜", TechnologyKind.Variety, on ?? April2018);

    public static RecordActivity NewActivity(string division = Codes.County, DateOnly? on = null) =>
        new(division, ActivityKind.ExpertVisit, "蔬菜专家基层行", "汀头村文化广场", on ?? April2018, 35);

    public static RecordDemandSurvey NewDemandSurvey(string division = Codes.County) => new(division, April2018, 12, "重点村蔬菜产业技术需求");

    public static RecordBrochureDistribution NewDistribution(string division = Codes.County, int copies = 1200) =>
        new(division, "蔬菜病虫害防治手册", "注滋口镇集市", April2018, copies);

    public static RecordNewsReport NewNewsReport(string division = Codes.County) =>
        new(division, "科技特派员进村入户", "淄博日报", April2018, "https://www.zibo.gov.cn/art/2018/4/15/art_1.html");

    public static Recognise NewRecognition(string villageCode, string? householdId = null) =>
        new(villageCode, RecognitionKind.TechLeader, April2018, householdId, householdId is null ? "张三" : null);

    public static RegisterPark NewPark(string division = Codes.County) => new("山东淄川农业科技园区", ParkLevel.Provincial, division);

    public static FoundPlatform NewPlatform(string division = Codes.County, PlatformKind kind = PlatformKind.StarMakerSpace) =>
        new("淄川星创天地", kind, PlatformLevel.National, division, April2018);

    /// <summary>Seed 000's first group, for a township of <paramref name="county"/>.</summary>
    public static AdoptTownshipPlan NewPlan(string county = Codes.County) => new(county + "101", "2018年注滋口镇科技扶贫工作实施方案", 2018,
        new DateOnly(2018, 6, 20),
        [new PlanGroupInput(1, "发展特色优势产业", [
            new PlanTaskInput(1, "培育农业特色支柱产业", "农技推广服务中心", ["汀头村"]),
            new PlanTaskInput(2, "积极推广和改良一批新品种", "农技推广服务中心", ["林建环站", "动物防疫站", "汀头村"])])],
        "注政办发〔2018〕35号");

    /// <summary>Posts a command with an optional If-Match and Idempotency-Key.</summary>
    public static Task<HttpResponseMessage> Send<T>(this HttpClient client, string path, T body, string? ifMatch = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    /// <summary>Posts a command that must answer 201; returns the id it answers.</summary>
    public static async Task<string> Created<T>(this HttpClient client, string path, T body)
    {
        var response = await client.Send(path, body);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Written>())!.Id;
    }

    public static async Task<string> IntroducedTechnology(this HttpClient client, string county = Codes.County) =>
        await client.Created("/api/technology-introductions", NewIntroduction(await client.RegisteredVillage(Codes.NewVillage(county))));

    public static Task<string> RecordedActivity(this HttpClient client, string county = Codes.County) =>
        client.Created("/api/activities", NewActivity(county));

    public static Task<string> RecordedDemandSurvey(this HttpClient client, string county = Codes.County) =>
        client.Created("/api/demand-surveys", NewDemandSurvey(county));

    public static Task<string> RecordedDistribution(this HttpClient client, string county = Codes.County) =>
        client.Created("/api/brochure-distributions", NewDistribution(county));

    public static Task<string> RecordedNewsReport(this HttpClient client, string county = Codes.County) =>
        client.Created("/api/news-reports", NewNewsReport(county));

    public static async Task<string> RecordedRecognition(this HttpClient client, string county = Codes.County) =>
        await client.Created("/api/recognitions", NewRecognition(await client.RegisteredVillage(Codes.NewVillage(county))));

    public static Task<string> RegisteredPark(this HttpClient client, string county = Codes.County) => client.Created("/api/parks", NewPark(county));

    public static Task<string> FoundedPlatform(this HttpClient client, string county = Codes.County) => client.Created("/api/platforms", NewPlatform(county));

    public static Task<string> AdoptedPlan(this HttpClient client, string county = Codes.County) => client.Created("/api/township-plans", NewPlan(county));
}
