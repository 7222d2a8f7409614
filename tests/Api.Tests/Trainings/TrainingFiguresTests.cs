using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Api.Trainings.Listing;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Trainings.Correcting;

namespace Fupin.EventSourced.Api.Tests.Trainings;

[Collection(ApiCollection.Name)]
public class TrainingFiguresTests(ApiFixture api)
{
    /// <summary>370381, a county code no other test uses: no other test records anything there, so its figures and lists are these tests' alone.</summary>
    private const string County = "370381";

    private readonly HttpClient _operator = api.ClientAs(Roles.Operator, County);
    private readonly HttpClient _analyst = api.ClientAs(Roles.Analyst, Codes.City);

    [Fact]
    public async Task Trainings_count_where_and_when_they_were_held_and_a_correction_counts_the_difference()
    {
        var village = await _operator.RegisteredVillage(Codes.NewVillage(County));
        var atVillage = await _operator.RecordedTraining(FieldWorkScenarios.NewTraining(County, place: village, villages: [village], trained: 30, poor: 10));
        var moved = await _operator.RecordedTraining(FieldWorkScenarios.NewTraining(County, trained: 50, poor: 20));
        await _operator.RecordedTraining(FieldWorkScenarios.NewTraining(County, trained: 25, poor: 5, heldOn: new DateOnly(2022, 11, 3)));
        (await _operator.PostTrainingCorrection(atVillage, new CorrectTraining("recount", FarmersTrained: 32, FarmersTrainedFromPoorHouseholds: 9), "\"1\""))
            .EnsureSuccessStatusCode();
        (await _operator.PostTrainingCorrection(moved, new CorrectTraining("held in January 2024", HeldOn: new DateOnly(2024, 1, 5)), "\"1\""))
            .EnsureSuccessStatusCode();
        await api.WaitForProjectionsAsync();

        var year2023 = (await _analyst.Figures(County, 2023)).Figures;
        (year2023[Figure.TrainingSessions], year2023[Figure.FarmersTrained], year2023[Figure.FarmersTrainedFromPoorHouseholds]).Should().Be((1m, 32m, 9m));
        var year2024 = (await _analyst.Figures(County, 2024)).Figures;
        (year2024[Figure.TrainingSessions], year2024[Figure.FarmersTrained], year2024[Figure.FarmersTrainedFromPoorHouseholds]).Should().Be((1m, 50m, 20m));
        (await _analyst.Figure(Figure.FarmersTrained, County, 2022)).Should().Be(25);

        var explained = await _analyst.Explained(Figure.FarmersTrained, County, 2023);
        explained.Entries.Select(e => (e.StreamId, e.Amount)).Should().Equal((atVillage, 30m), (moved, 50m), (atVillage, -30m), (atVillage, 32m), (moved, -50m));
    }

    [Fact]
    public async Task A_divisions_trainings_of_a_year_are_listed_by_date_as_corrected()
    {
        var late = await _operator.RecordedTraining(FieldWorkScenarios.NewTraining(County, heldOn: new DateOnly(2021, 9, 1)));
        var early = await _operator.RecordedTraining(FieldWorkScenarios.NewTraining(County, heldOn: new DateOnly(2021, 3, 1)));
        var elsewhere = await api.ClientAs(Roles.Operator, Codes.County).RecordedTraining(FieldWorkScenarios.NewTraining(Codes.County, heldOn: new DateOnly(2021, 5, 1)));
        (await _operator.PostTrainingCorrection(early, new CorrectTraining("recount", FarmersTrained: 41), "\"1\"")).EnsureSuccessStatusCode();

        var county = await _analyst.GetFromJsonAsync<DivisionTrainings>($"/api/trainings/divisions/{County}/years/2021", EnvoyScenarios.Json);
        var city = await _analyst.GetFromJsonAsync<DivisionTrainings>($"/api/trainings/divisions/{Codes.City}/years/2021", EnvoyScenarios.Json);

        county!.Trainings.Select(t => (t.Id, t.FarmersTrained)).Should().Equal((early, 41), (late, 40));
        city!.Trainings.Select(t => t.Id).Should().Contain([early, late, elsewhere]);
    }

    [Fact]
    public async Task A_list_with_a_malformed_division_or_year_is_a_400()
    {
        await (await _analyst.GetAsync("/api/trainings/divisions/3703/years/2021")).ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        await (await _analyst.GetAsync($"/api/trainings/divisions/{County}/years/21")).ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
    }
}
