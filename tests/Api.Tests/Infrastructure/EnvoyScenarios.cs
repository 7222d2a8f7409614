using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.Assigning;
using Fupin.EventSourced.Domain.Envoys.Registering;

namespace Fupin.EventSourced.Api.Tests.Infrastructure;

/// <summary>Envoys and assignments built through the API itself.</summary>
public static class EnvoyScenarios
{
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
}
