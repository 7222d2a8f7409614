using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Households;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Erasing;
using Fupin.EventSourced.Domain.Households.Helping;
using Fupin.EventSourced.Domain.Households.Lifecycle;
using Fupin.EventSourced.Domain.Households.Registering;

namespace Fupin.EventSourced.Api.Tests.Infrastructure;

/// <summary>Households built through the API itself, with identity numbers no other test in the process uses.</summary>
public static class HouseholdScenarios
{
    private static int _next = Random.Shared.Next(0, 1_000_000);

    /// <summary>A valid, process-unique 18-character identity number registered in <paramref name="county"/>.</summary>
    public static string NewIdentityNumber(string county = Codes.County, int birthYear = 1980)
    {
        var n = Interlocked.Increment(ref _next);
        var born = new DateOnly(birthYear, 1, 1).AddDays(n / 1000 % 360);
        var first17 = county + born.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (n % 1000).ToString("D3", CultureInfo.InvariantCulture);
        return first17 + IdentityNumbers.CheckCharacter(first17);
    }

    public static RegisterHousehold NewRegistration(string villageCode, string? headIdentityNumber = null, HouseholdCategory category = HouseholdCategory.RegisteredPoor) =>
        new(villageCode,
            new HeadOfHousehold("张三", headIdentityNumber ?? NewIdentityNumber(villageCode[..6]), "13912345678"),
            [new HouseholdMember("李四", Relation.Spouse, NewIdentityNumber(villageCode[..6], 1982), 1982)],
            [PovertyCause.Illness, PovertyCause.LackOfSkills],
            2016,
            category);

    public static Task<HttpResponseMessage> PostHousehold(this HttpClient client, RegisterHousehold command) =>
        client.PostAsJsonAsync("/api/households", command);

    /// <summary>A household registered in a new village of <paramref name="county"/>; returns its id.</summary>
    public static async Task<string> RegisteredHousehold(this HttpClient client, string county = Codes.County)
    {
        var village = await client.RegisteredVillage(Codes.NewVillage(county));
        var response = await client.PostHousehold(NewRegistration(village));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Written>())!.Id;
    }

    /// <summary>The household <paramref name="command"/> registers; returns its id.</summary>
    public static async Task<string> RegisteredHousehold(this HttpClient client, RegisterHousehold command)
    {
        var response = await client.PostHousehold(command);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Written>())!.Id;
    }

    public static async Task<HouseholdView> GetHousehold(this HttpClient client, string householdId) =>
        (await client.GetFromJsonAsync<HouseholdView>($"/api/households/{householdId}", EnvoyScenarios.Json))!;

    public static Task<HttpResponseMessage> PostStep(this HttpClient client, string householdId, RecordLifecycleStep command) =>
        client.PostAsJsonAsync($"/api/households/{householdId}/lifecycle-steps", command);

    public static Task<HttpResponseMessage> PostStep(this HttpClient client, string householdId, LifecycleStep step, DateOnly on, int? exitYear = null) =>
        client.PostStep(householdId, new RecordLifecycleStep(step, on, $"{step} {on:yyyy-MM-dd}", exitYear));

    /// <summary>The household taken through <paramref name="steps"/> in order, each of which must pass.</summary>
    public static async Task Stepped(this HttpClient client, string householdId, params (LifecycleStep Step, DateOnly On)[] steps)
    {
        foreach (var (step, on) in steps)
        {
            var response = await client.PostStep(householdId, step, on);
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"{step} on {on} answered {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Proposed, reviewed and posted for public notice from <paramref name="noticeStartedOn"/>.</summary>
    public static Task InNotice(this HttpClient client, string householdId, DateOnly noticeStartedOn) =>
        client.Stepped(householdId,
            (LifecycleStep.ProposeExit, noticeStartedOn.AddDays(-10)),
            (LifecycleStep.PassVillageReview, noticeStartedOn.AddDays(-5)),
            (LifecycleStep.StartPublicNotice, noticeStartedOn));

    public static Task<HttpResponseMessage> PostHelper(this HttpClient client, string householdId, AssignResponsibleHelper command) =>
        client.PostAsJsonAsync($"/api/households/{householdId}/responsible-helper", command);

    public static Task<HttpResponseMessage> PostHelpMeasure(this HttpClient client, string householdId, RecordHelpMeasure command) =>
        client.PostAsJsonAsync($"/api/households/{householdId}/help-measures", command);

    /// <summary>
    /// JSON text with every <c>\uXXXX</c> escape written as its character, so a check for a name in a raw body
    /// does not pass merely because the serializer escaped it.
    /// </summary>
    public static string Readable(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, @"\\u([0-9A-Fa-f]{4})",
            m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    public static Task<HttpResponseMessage> PostErasure(this HttpClient client, string householdId, string personId, string reason = "PIPL request") =>
        client.PostAsJsonAsync($"/api/households/{householdId}/persons/{personId}/erasure", new ErasePersonalData(reason));
}
