using System.Net;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Envoys.Withdrawing;
using Fupin.EventSourced.Domain.Trainings;
using Microsoft.AspNetCore.Mvc;

namespace Fupin.EventSourced.Api.Tests.Trainings;

[Collection(ApiCollection.Name)]
public class RecordTrainingTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task A_training_is_a_201_and_reads_back_with_its_envoy_trainer_from_the_register_and_its_villages()
    {
        var envoy = await _operator.RegisteredEnvoy();
        var villages = new[] { await _operator.RegisteredVillage(), await _operator.RegisteredVillage() };

        var response = await _operator.PostTraining(FieldWorkScenarios.NewTraining(envoys: [envoy], villages: villages, trained: 40, poor: 12));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var written = await response.Written();
        response.Headers.Location!.ToString().Should().Be($"/api/trainings/{written.Id}");
        response.Headers.ETag!.Tag.Should().Be("\"1\"");
        var (training, etag) = await _operator.GetTraining(written.Id);
        etag.Should().Be("\"1\"");
        training.Place.Should().Be(Codes.County + "101");
        training.Trainers.Should().Equal(new Trainer(envoy, "王建国", "淄博市农业科学研究院"), new Trainer(null, "李明", "山东农业大学"));
        (training.FarmersTrained, training.FarmersTrainedFromPoorHouseholds, training.HeldOn, training.Kind)
            .Should().Be((40, 12, FieldWorkScenarios.HeldOn, TrainingKind.Field));
        training.VillageCodes.Should().Equal(villages);
    }

    [Fact]
    public async Task An_unknown_envoy_is_a_404_and_writes_nothing()
    {
        var before = await api.HighWaterMarkAsync();

        var response = await _operator.PostTraining(FieldWorkScenarios.NewTraining(envoys: [Guid.CreateVersion7().ToString()]));

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "envoy.not-found");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task An_unregistered_village_is_a_404_and_writes_nothing()
    {
        var before = await api.HighWaterMarkAsync();

        var response = await _operator.PostTraining(FieldWorkScenarios.NewTraining(villages: [await _operator.RegisteredVillage(), Codes.NewVillage()]));

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "village.not-found");
        (await api.HighWaterMarkAsync()).Should().Be(before + 1, "only the village registered for the test was appended");
    }

    [Fact]
    public async Task An_envoy_withdrawn_before_the_training_is_a_422()
    {
        var envoy = await _operator.RegisteredEnvoy();
        (await _operator.PostWithdrawal(envoy, new WithdrawEnvoy(FieldWorkScenarios.HeldOn.AddDays(-1), "retired"))).EnsureSuccessStatusCode();

        var response = await _operator.PostTraining(FieldWorkScenarios.NewTraining(envoys: [envoy]));

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "training.trainer-not-serving");
    }

    [Fact]
    public async Task A_training_at_a_place_outside_the_callers_division_is_a_403_and_writes_nothing()
    {
        var before = await api.HighWaterMarkAsync();

        var response = await _operator.PostTraining(FieldWorkScenarios.NewTraining(Codes.OtherCounty));

        await response.ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_trainer_or_village_of_another_county_is_a_403()
    {
        var other = api.ClientAs(Roles.Operator, Codes.OtherCounty);
        var foreignEnvoy = await other.RegisteredEnvoy(Codes.OtherCounty);
        var foreignVillage = await other.RegisteredVillage(Codes.NewVillage(Codes.OtherCounty));

        await (await _operator.PostTraining(FieldWorkScenarios.NewTraining(envoys: [foreignEnvoy])))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        await (await _operator.PostTraining(FieldWorkScenarios.NewTraining(villages: [foreignVillage])))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
    }

    [Fact]
    public async Task An_analyst_cannot_record_a_training()
    {
        var response = await api.ClientAs(Roles.Analyst).PostTraining(FieldWorkScenarios.NewTraining());

        await response.ShouldBeProblem(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task An_invalid_training_is_a_400_naming_each_field_and_writes_nothing()
    {
        var before = await api.HighWaterMarkAsync();

        var response = await _operator.PostTraining(FieldWorkScenarios.NewTraining(place: "370302", trained: 10, poor: 11, villages: ["3703"]) with
        {
            Topic = " ",
            Experts = [],
        });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        problem.Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().BeEquivalentTo(
            "place", "topic", "envoyIds", "farmersTrainedFromPoorHouseholds", "villageCodes[0]");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_answers_the_first_training_and_records_nothing_more()
    {
        var command = FieldWorkScenarios.NewTraining();
        var key = Guid.NewGuid().ToString();
        var first = await _operator.PostTraining(command, key);
        first.StatusCode.Should().Be(HttpStatusCode.Created);
        var before = await api.HighWaterMarkAsync();

        var retry = await _operator.PostTraining(command, key);

        retry.StatusCode.Should().Be(HttpStatusCode.Created);
        retry.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await retry.Written()).Should().Be(await first.Written());
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task An_unknown_training_is_a_404()
    {
        var response = await _operator.GetAsync($"/api/trainings/{Guid.CreateVersion7()}");

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "training.not-found");
    }

    [Fact]
    public async Task A_training_of_another_county_cannot_be_read()
    {
        var trainingId = await api.ClientAs(Roles.Operator, Codes.OtherCounty).RecordedTraining(Codes.OtherCounty);

        await (await _operator.GetAsync($"/api/trainings/{trainingId}")).ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
    }
}
