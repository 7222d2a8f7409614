using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Demands.Reading;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Experts;
using Fupin.EventSourced.Api.Experts.Groups;
using Fupin.EventSourced.Domain.Demands.Matching;
using Fupin.EventSourced.Domain.Demands.Registering;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Experts.Groups;
using Fupin.EventSourced.Domain.Experts.Registering;
using Fupin.EventSourced.Domain.Technologies;
using Fupin.EventSourced.Domain.Technologies.Registering;

namespace Fupin.EventSourced.Api.Tests.Infrastructure;

/// <summary>Experts, groups, technologies and demands built through the API itself.</summary>
public static class RegistryScenarios
{
    public static readonly DateOnly RegisteredOn = new(2018, 3, 1);
    public static readonly DateOnly RaisedOn = new(2018, 7, 1);

    public static RegisterExpert NewExpert(string division = Codes.County, string name = "李明华") =>
        new(name, "山东农业大学", "研究员", Specialty.Vegetables, "13912345678", division, RegisteredOn);

    public static async Task<string> RegisteredExpert(this HttpClient client, string division = Codes.County, string name = "李明华") =>
        await Created(await client.PostAsJsonAsync("/api/experts", NewExpert(division, name)));

    public static FormProfessionalGroup NewGroup(string leaderId, string division = Codes.County) =>
        new("蔬菜专业服务小组", Specialty.Vegetables, division, leaderId, new DateOnly(2018, 4, 1));

    /// <summary>A group formed in <paramref name="division"/> and led by a new expert of it; returns the group's id.</summary>
    public static async Task<string> FormedGroup(this HttpClient client, string division = Codes.County) =>
        await Created(await client.PostAsJsonAsync("/api/professional-groups", NewGroup(await client.RegisteredExpert(division), division)));

    public static Task<HttpResponseMessage> PostMember(this HttpClient client, string groupId, string expertId, DateOnly? on = null) =>
        client.PostAsJsonAsync($"/api/professional-groups/{groupId}/members", new AddExpertToGroup(expertId, on ?? new DateOnly(2018, 5, 1)));

    /// <summary>A new expert of <paramref name="division"/> added to the group; returns the expert's id.</summary>
    public static async Task<string> MemberOf(this HttpClient client, string groupId, string division = Codes.County)
    {
        var expertId = await client.RegisteredExpert(division);
        var response = await client.PostMember(groupId, expertId);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return expertId;
    }

    public static RegisterTechnology NewTechnology(string division = Codes.County, string title = "鲁麦 23 号") =>
        new(title, Specialty.Grain, "山东省农业科学院", TechnologyKind.Variety, division, RegisteredOn);

    public static async Task<string> RegisteredTechnology(this HttpClient client, string division = Codes.County) =>
        await Created(await client.PostAsJsonAsync("/api/technologies", NewTechnology(division)));

    public static RegisterDemand NewDemand(string villageCode, DateOnly? raisedOn = null, string? householdId = null) =>
        new(villageCode, Specialty.Vegetables, "大棚番茄病虫害绿色防控技术", raisedOn ?? RaisedOn, householdId);

    /// <summary>A demand of a village registered for it in <paramref name="county"/>; returns the demand's id.</summary>
    public static async Task<string> RegisteredDemand(this HttpClient client, string county = Codes.County, DateOnly? raisedOn = null) =>
        await Created(await client.PostAsJsonAsync("/api/demands", NewDemand(await client.RegisteredVillage(Codes.NewVillage(county)), raisedOn)));

    public static Task<HttpResponseMessage> PostMatch(this HttpClient client, string demandId, MatchDemand command) =>
        client.PostAsJsonAsync($"/api/demands/{demandId}/matches", command);

    /// <summary>The demand matched to <paramref name="expertId"/> on 2018-08-01; returns the match id.</summary>
    public static async Task<string> MatchedTo(this HttpClient client, string demandId, string expertId) =>
        await Created(await client.PostMatch(demandId, new MatchDemand(new DateOnly(2018, 8, 1), ExpertId: expertId)));

    public static async Task<(T Body, string? ETag)> Read<T>(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<T>(EnvoyScenarios.Json))!, response.Headers.ETag?.Tag);
    }

    public static async Task<ExpertView> GetExpert(this HttpClient client, string expertId) => (await client.Read<ExpertView>($"/api/experts/{expertId}")).Body;

    public static async Task<ProfessionalGroupView> GetGroup(this HttpClient client, string groupId) =>
        (await client.Read<ProfessionalGroupView>($"/api/professional-groups/{groupId}")).Body;

    public static async Task<DemandView> GetDemand(this HttpClient client, string demandId) => (await client.Read<DemandView>($"/api/demands/{demandId}")).Body;

    public static HttpRequestMessage Command<T>(string path, T body, string? ifMatch = null, string? idempotencyKey = null)
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

        return request;
    }

    private static async Task<string> Created(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Written>())!.Id;
    }
}
