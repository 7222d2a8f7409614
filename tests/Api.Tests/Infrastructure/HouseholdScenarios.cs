using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Households;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Households;
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

    public static async Task<HouseholdView> GetHousehold(this HttpClient client, string householdId) =>
        (await client.GetFromJsonAsync<HouseholdView>($"/api/households/{householdId}", EnvoyScenarios.Json))!;
}
