using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Domain.Villages.CorrectingName;
using Fupin.EventSourced.Domain.Villages.Registering;

namespace Fupin.EventSourced.Api.Tests.Infrastructure;

/// <summary>Starting states built through the API itself, so tests read like the domain.</summary>
public static class VillageScenarios
{
    public static RegisterVillage NewRegistration(string? code = null, string name = "汀头村") =>
        new(code ?? Codes.NewVillage(), name, "淄川区", "注滋口镇");

    public static Task<HttpResponseMessage> PostRegistration(this HttpClient client, RegisterVillage command) =>
        client.PostAsJsonAsync("/api/villages", command);

    /// <summary>A registered village; returns its code.</summary>
    public static async Task<string> RegisteredVillage(this HttpClient client, string? code = null, string name = "汀头村")
    {
        var command = NewRegistration(code, name);
        var response = await client.PostRegistration(command);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return command.Code;
    }

    public static Task<HttpResponseMessage> PostNameCorrection(
        this HttpClient client, string villageCode, CorrectVillageName command, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/villages/{villageCode}/name-corrections")
        {
            Content = JsonContent.Create(command),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public static async Task<Written> Written(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<Written>())!;
}
