using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Fupin.EventSourced.Api.Envoys.GettingDetails;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.Assigning;
using Fupin.EventSourced.Domain.Envoys.CorrectingDetails;
using Fupin.EventSourced.Domain.Envoys.EndingAssignment;
using Fupin.EventSourced.Domain.Envoys.Registering;
using Fupin.EventSourced.Domain.Envoys.Withdrawing;

namespace Fupin.EventSourced.Api.Tests.Infrastructure;

/// <summary>Envoys and assignments built through the API itself.</summary>
public static class EnvoyScenarios
{
    /// <summary>How the API writes JSON: web defaults, enums by name.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static RegisterEnvoy NewEnvoy(string division = Codes.County, string name = "王建国", DateOnly? selectedOn = null) =>
        new(name, "淄博市农业科学研究院", OrganisationKind.ResearchInstitute, Specialty.Vegetables, "高级农艺师", "13812341234",
            division, selectedOn ?? new DateOnly(2018, 3, 1));

    public static Task<HttpResponseMessage> PostEnvoy(this HttpClient client, RegisterEnvoy command) =>
        client.PostAsJsonAsync("/api/envoys", command);

    /// <summary>A registered envoy; returns their id.</summary>
    public static async Task<string> RegisteredEnvoy(this HttpClient client, string division = Codes.County, DateOnly? selectedOn = null)
    {
        var response = await client.PostEnvoy(NewEnvoy(division, selectedOn: selectedOn));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Written>())!.Id;
    }

    public static Task<HttpResponseMessage> PostAssignment(this HttpClient client, string envoyId, AssignEnvoy command) =>
        client.PostAsJsonAsync($"/api/envoys/{envoyId}/assignments", command);

    /// <summary>The envoy assigned to <paramref name="villageCode"/> from <paramref name="from"/>; returns the assignment id.</summary>
    public static async Task<string> Assigned(this HttpClient client, string envoyId, string villageCode, DateOnly from, DateOnly? until = null)
    {
        var response = await client.PostAssignment(envoyId, new AssignEnvoy(villageCode, from, until));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Written>())!.Id;
    }

    /// <summary>The envoy assigned from 2018-06-01 to a village registered for it in <paramref name="county"/>.</summary>
    public static async Task<string> AssignedToNewVillage(this HttpClient client, string envoyId, string county = Codes.County) =>
        await client.Assigned(envoyId, await client.RegisteredVillage(Codes.NewVillage(county)), new DateOnly(2018, 6, 1));

    /// <summary>The envoy as <paramref name="client"/> reads them, with the response's ETag.</summary>
    public static async Task<(EnvoyView Envoy, string? ETag)> GetEnvoy(this HttpClient client, string envoyId)
    {
        var response = await client.GetAsync($"/api/envoys/{envoyId}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<EnvoyView>(Json))!, response.Headers.ETag?.Tag);
    }

    public static Task<HttpResponseMessage> PostCorrection(this HttpClient client, string envoyId, CorrectEnvoyDetails command, string? ifMatch) =>
        client.SendAsync(Command($"/api/envoys/{envoyId}/detail-corrections", command, ifMatch));

    public static Task<HttpResponseMessage> PostWithdrawal(this HttpClient client, string envoyId, WithdrawEnvoy command, string? ifMatch = null) =>
        client.SendAsync(Command($"/api/envoys/{envoyId}/withdrawal", command, ifMatch));

    public static Task<HttpResponseMessage> PostEnd(this HttpClient client, string envoyId, string assignmentId, EndAssignment command) =>
        client.PostAsJsonAsync($"/api/envoys/{envoyId}/assignments/{assignmentId}/end", command);

    private static HttpRequestMessage Command<T>(string path, T body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }
}
