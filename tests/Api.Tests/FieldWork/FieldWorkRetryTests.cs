using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Trainings.Correcting;

namespace Fupin.EventSourced.Api.Tests.FieldWork;

/// <summary>A retried command with its Idempotency-Key gets the first answer again and appends nothing more.</summary>
[Collection(ApiCollection.Name)]
public class FieldWorkRetryTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task A_retried_training_correction_is_applied_once()
    {
        var trainingId = await _operator.RecordedTraining();

        await RetriedOnce($"/api/trainings/{trainingId}/corrections", new CorrectTraining("recount", FarmersTrained: 38), "\"1\"", HttpStatusCode.OK);

        (await _operator.GetTraining(trainingId)).Training.Version.Should().Be(2);
    }

    [Fact]
    public async Task A_retried_answer_is_recorded_once_and_not_refused_as_a_second_answer()
    {
        var consultationId = await _operator.AskedConsultation();

        await RetriedOnce($"/api/consultations/{consultationId}/answer", FieldWorkScenarios.NewAnswer(), ifMatch: null, HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_retried_informant_registration_registers_one_informant()
    {
        var village = await _operator.RegisteredVillage();

        await RetriedOnce("/api/informants", FieldWorkScenarios.NewInformant(village), ifMatch: null, HttpStatusCode.Created);
    }

    private async Task RetriedOnce<T>(string path, T body, string? ifMatch, HttpStatusCode status)
    {
        var key = Guid.NewGuid().ToString();
        var first = await _operator.SendAsync(Request(path, body, ifMatch, key));
        first.StatusCode.Should().Be(status, await first.Content.ReadAsStringAsync());
        var before = await api.HighWaterMarkAsync();

        var retry = await _operator.SendAsync(Request(path, body, ifMatch, key));

        retry.StatusCode.Should().Be(status, await retry.Content.ReadAsStringAsync());
        retry.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await retry.Written()).Should().Be(await first.Written());
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    private static HttpRequestMessage Request<T>(string path, T body, string? ifMatch, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }
}
