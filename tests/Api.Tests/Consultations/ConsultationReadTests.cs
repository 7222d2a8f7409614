using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Consultations.AwaitingAnswer;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Consultations;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Api.Tests.Consultations;

[Collection(ApiCollection.Name)]
public class ConsultationReadTests(ApiFixture api)
{
    /// <summary>370382, a county code no other test uses: no other test records anything there, so its figures and lists are these tests' alone.</summary>
    private const string County = "370382";

    private readonly HttpClient _operator = api.ClientAs(Roles.Operator, County);
    private readonly HttpClient _analyst = api.ClientAs(Roles.Analyst, County);

    [Fact]
    public async Task Questions_awaiting_an_answer_are_listed_oldest_first_a_page_at_a_time()
    {
        var village = await _operator.RegisteredVillage(Codes.NewVillage(County));
        var start = new DateTimeOffset(2020, 2, 1, 8, 0, 0, TimeSpan.FromHours(8));
        var ids = new List<string>();
        foreach (var hours in new[] { 3, 1, 4, 0, 2 })
        {
            ids.Add(await _operator.AskedConsultation(FieldWorkScenarios.NewQuestion(village, askedAt: start.AddHours(hours))));
        }

        (await _operator.PostAnswer(ids[1], FieldWorkScenarios.NewAnswer(start.AddHours(6)))).EnsureSuccessStatusCode();

        var first = await Awaiting(page: 1, pageSize: 2);
        var second = await Awaiting(page: 2, pageSize: 2);
        var past = await Awaiting(page: 3, pageSize: 2);

        first.Total.Should().Be(4);
        first.Consultations.Select(c => c.Id).Concat(second.Consultations.Select(c => c.Id)).Should().Equal(ids[3], ids[4], ids[0], ids[2]);
        past.Consultations.Should().BeEmpty();
    }

    [Theory]
    [InlineData("?page=0")]
    [InlineData("?pageSize=201")]
    [InlineData("?page=abc")]
    public async Task A_bad_page_is_a_400(string query)
    {
        var response = await _analyst.GetAsync($"/api/consultations/divisions/{County}/awaiting-answer{query}");

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
    }

    [Fact]
    public async Task Consultations_count_by_channel_when_asked_and_answers_with_their_hours_when_answered()
    {
        var village = await _operator.RegisteredVillage(Codes.NewVillage(County));
        var askedAt = new DateTimeOffset(2021, 12, 31, 20, 0, 0, TimeSpan.FromHours(8));
        var online = await _operator.AskedConsultation(FieldWorkScenarios.NewQuestion(village, ConsultationChannel.Online, askedAt));
        var phone = await _operator.AskedConsultation(FieldWorkScenarios.NewQuestion(village, ConsultationChannel.Phone, askedAt));
        await _operator.AskedConsultation(FieldWorkScenarios.NewQuestion(village, ConsultationChannel.InPerson, askedAt));
        (await _operator.PostAnswer(online, FieldWorkScenarios.NewAnswer(askedAt.AddHours(2)))).EnsureSuccessStatusCode();
        (await _operator.PostAnswer(phone, FieldWorkScenarios.NewAnswer(askedAt.AddHours(5.5)))).EnsureSuccessStatusCode();
        await api.WaitForProjectionsAsync();

        var asked = (await _analyst.Figures(County, 2021)).Figures;
        (asked[Figure.Consultations], asked[Figure.ConsultationsOnline], asked[Figure.ConsultationsByPhone], asked[Figure.ConsultationsInPerson],
            asked[Figure.ConsultationsAnswered]).Should().Be((3m, 1m, 1m, 1m, 1m), "the online answer came at 22:00 on 31 December, the phone one in 2022");
        var answered = (await _analyst.Figures(County, 2022)).Figures;
        (answered[Figure.ConsultationsAnswered], answered[Figure.ConsultationAnswerHours]).Should().Be((1m, 5.5m));
        asked[Figure.ConsultationAnswerHours].Should().Be(2m);
    }

    private async Task<ConsultationsAwaitingAnswer> Awaiting(int page, int pageSize) =>
        (await _analyst.GetFromJsonAsync<ConsultationsAwaitingAnswer>(
            $"/api/consultations/divisions/{County}/awaiting-answer?page={page}&pageSize={pageSize}", EnvoyScenarios.Json))!;
}
