using System.Net;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Trainings.Correcting;
using Microsoft.AspNetCore.Mvc;

namespace Fupin.EventSourced.Api.Tests.Trainings;

[Collection(ApiCollection.Name)]
public class CorrectTrainingTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task A_correction_with_the_current_version_changes_the_training()
    {
        var trainingId = await _operator.RecordedTraining();

        var response = await _operator.PostTrainingCorrection(trainingId, new CorrectTraining("sign-in sheet recounted", FarmersTrained: 38), "\"1\"");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.Should().Be("\"2\"");
        var (training, _) = await _operator.GetTraining(trainingId);
        (training.FarmersTrained, training.FarmersTrainedFromPoorHouseholds, training.Corrections, training.Version).Should().Be((38, 12, 1, 2L));
    }

    [Fact]
    public async Task A_correction_without_if_match_is_a_428()
    {
        var trainingId = await _operator.RecordedTraining();

        var response = await _operator.PostTrainingCorrection(trainingId, new CorrectTraining("recount", FarmersTrained: 38), ifMatch: null);

        await response.ShouldBeProblem(HttpStatusCode.PreconditionRequired, "version.required");
    }

    [Fact]
    public async Task A_correction_against_a_stale_version_is_a_412_and_changes_nothing()
    {
        var trainingId = await _operator.RecordedTraining();
        (await _operator.PostTrainingCorrection(trainingId, new CorrectTraining("recount", FarmersTrained: 38), "\"1\"")).EnsureSuccessStatusCode();

        var stale = await _operator.PostTrainingCorrection(trainingId, new CorrectTraining("recount", FarmersTrained: 30), "\"1\"");

        await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        (await _operator.GetTraining(trainingId)).Training.FarmersTrained.Should().Be(38);
    }

    [Fact]
    public async Task A_correction_that_changes_nothing_is_a_422()
    {
        var trainingId = await _operator.RecordedTraining();

        var response = await _operator.PostTrainingCorrection(trainingId, new CorrectTraining("recount", FarmersTrained: 40), "\"1\"");

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "training.correction-unchanged");
    }

    [Fact]
    public async Task Fewer_farmers_trained_than_from_poor_households_is_a_422()
    {
        var trainingId = await _operator.RecordedTraining();

        var response = await _operator.PostTrainingCorrection(trainingId, new CorrectTraining("recount", FarmersTrained: 11), "\"1\"");

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "training.poor-exceed-trained");
    }

    [Fact]
    public async Task Correcting_an_unknown_training_is_a_404()
    {
        var response = await _operator.PostTrainingCorrection(Guid.CreateVersion7().ToString(), new CorrectTraining("recount", FarmersTrained: 38), "\"1\"");

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "training.not-found");
    }

    [Fact]
    public async Task Correcting_a_training_of_another_county_is_a_403_and_writes_nothing()
    {
        var trainingId = await api.ClientAs(Roles.Operator, Codes.OtherCounty).RecordedTraining(Codes.OtherCounty);
        var before = await api.HighWaterMarkAsync();

        var response = await _operator.PostTrainingCorrection(trainingId, new CorrectTraining("recount", FarmersTrained: 38), "\"1\"");

        await response.ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task An_invalid_correction_is_a_400_naming_each_field()
    {
        var trainingId = await _operator.RecordedTraining();

        var response = await _operator.PostTrainingCorrection(trainingId, new CorrectTraining("", FarmersTrained: 0, Topic: " "), "\"1\"");

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        problem.Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().BeEquivalentTo("reason", "farmersTrained", "topic");
    }
}
