using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Consultations.AwaitingAnswer;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Api.Trainings.Listing;
using Fupin.EventSourced.Domain.Consultations;
using Fupin.EventSourced.Domain.Figures;
using Xunit.Abstractions;

namespace Fupin.EventSourced.Api.Tests.FieldWork;

/// <summary>
/// Seed 002 (the county S&amp;T bureau's 2023 report) replayed as commands: 25 training sessions, 4,000 farmers trained,
/// one course of 128 villagers from 64 poor villages, 5,000 consultations of which 45 online. The figures are read
/// back exactly, through the figure ledger's per-division-year endpoint and the read models.
/// </summary>
[Collection(ApiCollection.Name)]
public class Seed002ReplayTests(ApiFixture api, ITestOutputHelper output)
{
    /// <summary>370324, a county code no other test uses, so the county's 2023 figures are this replay's alone.</summary>
    private const string County = "370324";

    private const int Parallel = 16;

    [Fact]
    public async Task Seed_002_trainings_and_consultations_replayed_as_commands_read_back_exactly()
    {
        var clock = Stopwatch.StartNew();
        var client = api.ClientAs(Roles.Operator, County);
        var villages = await InParallel(Enumerable.Range(1, 64), async i =>
            await client.RegisteredVillage($"{County}101{i:D3}", $"贫困村{i}"));

        // "一期培训班培训了来自 64 个贫困村的 128 名村民": the course; the other 24 sessions make the 4,000 up (3,872).
        var course = FieldWorkScenarios.NewTraining(County, villages: villages, trained: 128, poor: 128);
        var sessions = Enumerable.Range(0, 24)
            .Select(i => FieldWorkScenarios.NewTraining(County, trained: i < 16 ? 161 : 162, poor: 0, heldOn: new DateOnly(2023, 1 + i % 12, 10)))
            .Prepend(course).ToList();
        sessions.Sum(s => s.FarmersTrained).Should().Be(4_000);
        var trainings = await InParallel(sessions, client.RecordedTraining);

        // "技术咨询 5000 人次 … 在线咨询 45 次": 45 online, the rest by phone and in person, from the 64 villages.
        var start = new DateTimeOffset(2023, 1, 2, 8, 0, 0, TimeSpan.FromHours(8));
        var questions = Enumerable.Range(0, 5_000).Select(i => FieldWorkScenarios.NewQuestion(villages[i % villages.Count],
            i < 45 ? ConsultationChannel.Online : i % 2 == 0 ? ConsultationChannel.Phone : ConsultationChannel.InPerson,
            start.AddMinutes(i * 90))).ToList();
        questions.Should().OnlyContain(q => q.AskedOn.Year == 2023);
        await InParallel(questions, async q => (await client.PostQuestion(q)).StatusCode.Should().Be(HttpStatusCode.Created));
        var posted = clock.Elapsed;

        await api.WaitForProjectionsAsync();
        var analyst = api.ClientAs(Roles.Analyst, County);
        var figures = (await analyst.Figures(County, 2023)).Figures;
        (figures[Figure.TrainingSessions], figures[Figure.FarmersTrained], figures[Figure.Consultations], figures[Figure.ConsultationsOnline])
            .Should().Be((25m, 4_000m, 5_000m, 45m));
        (figures[Figure.ConsultationsByPhone] + figures[Figure.ConsultationsInPerson]).Should().Be(4_955);
        figures[Figure.FarmersTrainedFromPoorHouseholds].Should().Be(128);

        var listed = (await analyst.GetFromJsonAsync<DivisionTrainings>($"/api/trainings/divisions/{County}/years/2023", EnvoyScenarios.Json))!;
        listed.Trainings.Select(t => t.Id).Should().BeEquivalentTo(trainings);
        listed.Trainings.Sum(t => t.FarmersTrained).Should().Be(4_000);
        listed.Trainings.Should().ContainSingle(t => t.VillageCodes.Count == 64)
            .Which.Should().Match<Api.Trainings.GettingDetails.TrainingView>(t => t.FarmersTrained == 128 && t.VillageCodes.ToHashSet().SetEquals(villages));
        var awaiting = (await analyst.GetFromJsonAsync<ConsultationsAwaitingAnswer>(
            $"/api/consultations/divisions/{County}/awaiting-answer?pageSize=1", EnvoyScenarios.Json))!;
        awaiting.Total.Should().Be(5_000);
        awaiting.Consultations.Single().AskedAt.Should().Be(start);

        output.WriteLine($"64 villages, 25 trainings and 5,000 consultations posted ({Parallel} at a time) in {posted.TotalSeconds:F1} s; " +
                         $"read back in {(clock.Elapsed - posted).TotalSeconds:F1} s; {clock.Elapsed.TotalSeconds:F1} s in all.");
    }

    private static async Task<List<TResult>> InParallel<T, TResult>(IEnumerable<T> items, Func<T, Task<TResult>> post)
    {
        using var gate = new SemaphoreSlim(Parallel);
        return [.. await Task.WhenAll(items.Select(async item =>
        {
            await gate.WaitAsync();
            try
            {
                return await post(item);
            }
            finally
            {
                gate.Release();
            }
        }))];
    }

    private static Task<List<bool>> InParallel<T>(IEnumerable<T> items, Func<T, Task> post) =>
        InParallel(items, async item =>
        {
            await post(item);
            return true;
        });
}
