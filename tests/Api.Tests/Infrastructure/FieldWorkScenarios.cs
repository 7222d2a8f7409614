using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Consultations.GettingDetails;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Informants.GettingDetails;
using Fupin.EventSourced.Api.Trainings.GettingDetails;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Consultations;
using Fupin.EventSourced.Domain.Consultations.Answering;
using Fupin.EventSourced.Domain.Consultations.Asking;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Informants.Registering;
using Fupin.EventSourced.Domain.Trainings;
using Fupin.EventSourced.Domain.Trainings.Correcting;
using Fupin.EventSourced.Domain.Trainings.Recording;

namespace Fupin.EventSourced.Api.Tests.Infrastructure;

/// <summary>Trainings, consultations and informants built through the API itself.</summary>
public static partial class FieldWorkScenarios
{
    public static readonly DateOnly HeldOn = new(2023, 4, 12);

    /// <summary>10 May 2023, 09:30 in China.</summary>
    public static readonly DateTimeOffset AskedAt = new(2023, 5, 10, 9, 30, 0, TimeSpan.FromHours(8));

    /// <summary>A training at a township of <paramref name="county"/> (its first township, 101).</summary>
    public static RecordTraining NewTraining(string county = Codes.County, IReadOnlyList<string>? envoys = null,
        IReadOnlyList<string>? villages = null, int trained = 40, int poor = 12, DateOnly? heldOn = null, string? place = null) =>
        new(heldOn ?? HeldOn, place ?? county + "101", "大棚蔬菜病虫害绿色防控", TrainingKind.Field, envoys ?? [],
            [new ExpertTrainer("李明", "山东农业大学")], trained, poor, villages ?? []);

    public static Task<HttpResponseMessage> PostTraining(this HttpClient client, RecordTraining command, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/trainings") { Content = JsonContent.Create(command) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    /// <summary>A recorded training; returns its id.</summary>
    public static async Task<string> RecordedTraining(this HttpClient client, RecordTraining command)
    {
        var response = await client.PostTraining(command);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Written>())!.Id;
    }

    /// <summary>A training in <paramref name="county"/> taught by a new envoy of it, with one new village of it taking part.</summary>
    public static async Task<string> RecordedTraining(this HttpClient client, string county = Codes.County) =>
        await client.RecordedTraining(NewTraining(county, [await client.RegisteredEnvoy(county)],
            [await client.RegisteredVillage(Codes.NewVillage(county))]));

    public static async Task<(TrainingView Training, string? ETag)> GetTraining(this HttpClient client, string trainingId)
    {
        var response = await client.GetAsync($"/api/trainings/{trainingId}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<TrainingView>(EnvoyScenarios.Json))!, response.Headers.ETag?.Tag);
    }

    public static Task<HttpResponseMessage> PostTrainingCorrection(this HttpClient client, string trainingId, CorrectTraining command, string? ifMatch) =>
        client.SendAsync(Command($"/api/trainings/{trainingId}/corrections", command, ifMatch));

    public static AskConsultation NewQuestion(string villageCode, ConsultationChannel channel = ConsultationChannel.Phone,
        DateTimeOffset? askedAt = null, string? informantId = null)
    {
        var at = askedAt ?? AskedAt;
        return new(villageCode, channel, Specialty.Vegetables, "大棚黄瓜叶片发黄怎么办", at, ChinaTime.DateOf(at), informantId);
    }

    public static Task<HttpResponseMessage> PostQuestion(this HttpClient client, AskConsultation command) =>
        client.PostAsJsonAsync("/api/consultations", command);

    /// <summary>A question recorded; returns the consultation's id.</summary>
    public static async Task<string> AskedConsultation(this HttpClient client, AskConsultation command)
    {
        var response = await client.PostQuestion(command);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Written>())!.Id;
    }

    /// <summary>A question from a new village of <paramref name="county"/>.</summary>
    public static async Task<string> AskedConsultation(this HttpClient client, string county = Codes.County) =>
        await client.AskedConsultation(NewQuestion(await client.RegisteredVillage(Codes.NewVillage(county))));

    public static AnswerConsultation NewAnswer(DateTimeOffset? answeredAt = null) =>
        new(answeredAt ?? AskedAt.AddHours(5.5), "李明", "山东农业大学", "控水，补施镁肥");

    public static Task<HttpResponseMessage> PostAnswer(this HttpClient client, string consultationId, AnswerConsultation command, string? ifMatch = null) =>
        client.SendAsync(Command($"/api/consultations/{consultationId}/answer", command, ifMatch));

    public static async Task<(ConsultationView Consultation, string? ETag)> GetConsultation(this HttpClient client, string consultationId)
    {
        var response = await client.GetAsync($"/api/consultations/{consultationId}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<ConsultationView>(EnvoyScenarios.Json))!, response.Headers.ETag?.Tag);
    }

    public static RegisterInformant NewInformant(string villageCode, DateOnly? registeredOn = null) =>
        new(villageCode, "张三丰", "13912345678", registeredOn ?? new DateOnly(2023, 3, 1));

    public static Task<HttpResponseMessage> PostInformant(this HttpClient client, RegisterInformant command) =>
        client.PostAsJsonAsync("/api/informants", command);

    /// <summary>A registered informant of <paramref name="villageCode"/>; returns their id.</summary>
    public static async Task<string> RegisteredInformant(this HttpClient client, string villageCode)
    {
        var response = await client.PostInformant(NewInformant(villageCode));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Written>())!.Id;
    }

    public static async Task<InformantView> GetInformant(this HttpClient client, string informantId)
    {
        var response = await client.GetAsync($"/api/informants/{informantId}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<InformantView>(EnvoyScenarios.Json))!;
    }

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
