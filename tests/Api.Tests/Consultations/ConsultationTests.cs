using System.Net;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Consultations;
using Microsoft.AspNetCore.Mvc;

namespace Fupin.EventSourced.Api.Tests.Consultations;

[Collection(ApiCollection.Name)]
public class ConsultationTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task A_question_is_a_201_and_reads_back_awaiting_its_answer()
    {
        var village = await _operator.RegisteredVillage();

        var response = await _operator.PostQuestion(FieldWorkScenarios.NewQuestion(village, ConsultationChannel.Online));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await response.Written()).Id;
        response.Headers.Location!.ToString().Should().Be($"/api/consultations/{id}");
        var (consultation, etag) = await _operator.GetConsultation(id);
        etag.Should().Be("\"1\"");
        (consultation.VillageCode, consultation.Channel, consultation.AskedAt, consultation.AskedOn, consultation.Answer)
            .Should().Be((village, ConsultationChannel.Online, FieldWorkScenarios.AskedAt, new DateOnly(2023, 5, 10), (ConsultationAnswer?)null));
    }

    [Fact]
    public async Task An_answer_is_recorded_once_with_the_hours_it_took()
    {
        var id = await _operator.AskedConsultation();

        var response = await _operator.PostAnswer(id, FieldWorkScenarios.NewAnswer(FieldWorkScenarios.AskedAt.AddHours(26.25)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.Should().Be("\"2\"");
        var answer = (await _operator.GetConsultation(id)).Consultation.Answer!;
        (answer.AnswerHours, answer.AnsweredOn, answer.ExpertName).Should().Be((26.25m, new DateOnly(2023, 5, 11), "李明"));
        await (await _operator.PostAnswer(id, FieldWorkScenarios.NewAnswer())).ShouldBeProblem(HttpStatusCode.Conflict, "consultation.already-answered");
    }

    [Fact]
    public async Task An_answer_before_the_question_is_a_422()
    {
        var id = await _operator.AskedConsultation();

        var response = await _operator.PostAnswer(id, FieldWorkScenarios.NewAnswer(FieldWorkScenarios.AskedAt.AddMinutes(-1)));

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "consultation.answer-before-question");
    }

    [Fact]
    public async Task A_question_or_an_answer_dated_in_the_future_is_a_422()
    {
        var village = await _operator.RegisteredVillage();
        var tomorrow = DateTimeOffset.UtcNow.AddDays(1);

        await (await _operator.PostQuestion(FieldWorkScenarios.NewQuestion(village, askedAt: tomorrow)))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "consultation.in-future");
        var id = await _operator.AskedConsultation(FieldWorkScenarios.NewQuestion(village));
        await (await _operator.PostAnswer(id, FieldWorkScenarios.NewAnswer(tomorrow)))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "consultation.in-future");
    }

    [Fact]
    public async Task An_answer_with_a_stale_if_match_is_a_412()
    {
        var id = await _operator.AskedConsultation();

        await (await _operator.PostAnswer(id, FieldWorkScenarios.NewAnswer(), "\"2\"")).ShouldBeProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        (await _operator.PostAnswer(id, FieldWorkScenarios.NewAnswer(), "\"1\"")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_question_from_an_unregistered_village_is_a_404_and_writes_nothing()
    {
        var before = await api.HighWaterMarkAsync();

        await (await _operator.PostQuestion(FieldWorkScenarios.NewQuestion(Codes.NewVillage()))).ShouldBeProblem(HttpStatusCode.NotFound, "village.not-found");

        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Answering_an_unknown_consultation_is_a_404_and_reading_one_too()
    {
        var id = Guid.CreateVersion7().ToString();

        await (await _operator.PostAnswer(id, FieldWorkScenarios.NewAnswer())).ShouldBeProblem(HttpStatusCode.NotFound, "consultation.not-found");
        await (await _operator.GetAsync($"/api/consultations/{id}")).ShouldBeProblem(HttpStatusCode.NotFound, "consultation.not-found");
    }

    [Fact]
    public async Task A_question_from_a_village_of_another_county_is_a_403_and_its_consultations_are_out_of_reach()
    {
        var other = api.ClientAs(Roles.Operator, Codes.OtherCounty);
        var foreignVillage = await other.RegisteredVillage(Codes.NewVillage(Codes.OtherCounty));
        var foreign = await other.AskedConsultation(FieldWorkScenarios.NewQuestion(foreignVillage));
        var before = await api.HighWaterMarkAsync();

        await (await _operator.PostQuestion(FieldWorkScenarios.NewQuestion(foreignVillage))).ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        await (await _operator.PostAnswer(foreign, FieldWorkScenarios.NewAnswer())).ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        await (await _operator.GetAsync($"/api/consultations/{foreign}")).ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_question_relayed_by_an_informant_of_its_village_names_them()
    {
        var village = await _operator.RegisteredVillage();
        var informant = await _operator.RegisteredInformant(village);

        var id = await _operator.AskedConsultation(FieldWorkScenarios.NewQuestion(village, informantId: informant));

        (await _operator.GetConsultation(id)).Consultation.InformantId.Should().Be(informant);
    }

    [Fact]
    public async Task An_informant_of_another_village_is_a_422_and_an_unknown_one_a_404()
    {
        var informant = await _operator.RegisteredInformant(await _operator.RegisteredVillage());
        var village = await _operator.RegisteredVillage();

        await (await _operator.PostQuestion(FieldWorkScenarios.NewQuestion(village, informantId: informant)))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "consultation.informant-elsewhere");
        await (await _operator.PostQuestion(FieldWorkScenarios.NewQuestion(village, informantId: Guid.CreateVersion7().ToString())))
            .ShouldBeProblem(HttpStatusCode.NotFound, "informant.not-found");
    }

    [Fact]
    public async Task An_invalid_question_is_a_400_naming_each_field_and_writes_nothing()
    {
        var before = await api.HighWaterMarkAsync();
        var question = FieldWorkScenarios.NewQuestion("3703") with { Question = "", AskedOn = new DateOnly(2023, 5, 9), Channel = (ConsultationChannel)9 };

        var response = await _operator.PostQuestion(question);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        problem.Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().BeEquivalentTo("villageCode", "question", "askedOn", "channel");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task An_invalid_answer_is_a_400_naming_each_field()
    {
        var id = await _operator.AskedConsultation();

        var response = await _operator.PostAnswer(id, FieldWorkScenarios.NewAnswer() with { ExpertName = " ", Answer = "" });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        problem.Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().BeEquivalentTo("expertName", "answer");
    }

    [Fact]
    public async Task A_retried_question_with_the_same_idempotency_key_is_recorded_once()
    {
        var question = FieldWorkScenarios.NewQuestion(await _operator.RegisteredVillage());
        var key = Guid.NewGuid().ToString();
        var first = await Send(question, key);
        var before = await api.HighWaterMarkAsync();

        var retry = await Send(question, key);

        retry.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await retry.Written()).Should().Be(await first.Written());
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    private Task<HttpResponseMessage> Send(object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/consultations") { Content = System.Net.Http.Json.JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return _operator.SendAsync(request);
    }
}
