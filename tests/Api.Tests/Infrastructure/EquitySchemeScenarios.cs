using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.EquitySchemes.GettingDetails;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Domain.EquitySchemes;
using Fupin.EventSourced.Domain.EquitySchemes.Enrolling;
using Fupin.EventSourced.Domain.EquitySchemes.SettingUp;

namespace Fupin.EventSourced.Api.Tests.Infrastructure;

/// <summary>Equity schemes built through the API, on seed 002's terms.</summary>
public static class EquitySchemeScenarios
{
    /// <summary>Seed 002: 10,000 a share (1 sow, 8 piglets), 1,000 a year, premium 216 for 200,000, three years from 2023, eight households.</summary>
    public static SetUpEquityScheme Seed002(string county = Codes.County) =>
        new("藏香猪企业代养分红", county, "畜禽养殖专业合作社", "山农业科技有限公司",
            new EquityTerms(10_000.00m, "1 头能繁母猪和 8 头 20–30 斤仔猪", 1_000.00m, 216.00m, 200_000.00m, 3, new DateOnly(2023, 1, 1), 8));

    public static string SchemePath(string schemeId, string? what = null) =>
        what is null ? $"/api/equity-schemes/{schemeId}" : $"/api/equity-schemes/{schemeId}/{what}";

    /// <summary>A scheme on seed 002's terms in <paramref name="county"/>; returns its id. The client must be finance.</summary>
    public static async Task<string> SetUpScheme(this HttpClient finance, string county = Codes.County)
    {
        var response = await finance.PostAsJsonAsync("/api/equity-schemes", Seed002(county));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Written>())!.Id;
    }

    /// <summary>The household enrolled on the term's first day; returns its id.</summary>
    public static async Task<string> Enrolled(this HttpClient finance, string schemeId, string householdId)
    {
        var response = await finance.PostAsJsonAsync(SchemePath(schemeId, "members"), new EnrolHousehold(householdId, new DateOnly(2023, 1, 1)));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return householdId;
    }

    public static async Task<EquitySchemeView> GetScheme(this HttpClient client, string schemeId) =>
        (await client.GetFromJsonAsync<EquitySchemeView>(SchemePath(schemeId), EnvoyScenarios.Json))!;

    /// <summary>Posts <paramref name="command"/> and insists on a 2xx.</summary>
    public static async Task Posted(this HttpClient finance, string path, object command)
    {
        var response = await finance.PostAsync(path, JsonContent.Create(command, command.GetType(), options: EnvoyScenarios.Json));
        response.IsSuccessStatusCode.Should().BeTrue($"{path} answered {await response.Content.ReadAsStringAsync()}");
    }
}
