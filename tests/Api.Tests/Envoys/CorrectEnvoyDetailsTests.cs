using System.Net;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Envoys.CorrectingDetails;
using Microsoft.AspNetCore.Mvc;

namespace Fupin.EventSourced.Api.Tests.Envoys;

[Collection(ApiCollection.Name)]
public class CorrectEnvoyDetailsTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task A_correction_with_the_current_version_changes_only_what_it_names()
    {
        var envoyId = await _operator.RegisteredEnvoy();

        var response = await _operator.PostCorrection(envoyId,
            new CorrectEnvoyDetails("typo in the 2018 list", Title: "研究员", Phone: "13912345678"), "\"1\"");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.Should().Be("\"2\"");
        (await response.Written()).Should().Be(new Written(envoyId, 2));
        var (envoy, etag) = await _operator.GetEnvoy(envoyId);
        etag.Should().Be("\"2\"");
        (envoy.Name, envoy.Title, envoy.Phone, envoy.Version).Should().Be(("王建国", "研究员", "13912345678", 2L));
    }

    [Fact]
    public async Task A_correction_against_a_stale_version_is_a_412_and_changes_nothing()
    {
        var envoyId = await _operator.RegisteredEnvoy();
        (await _operator.PostCorrection(envoyId, new CorrectEnvoyDetails("typo", Title: "研究员"), "\"1\"")).EnsureSuccessStatusCode();

        var stale = await _operator.PostCorrection(envoyId, new CorrectEnvoyDetails("typo", Title: "教授"), "\"1\"");

        await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        (await _operator.GetEnvoy(envoyId)).Envoy.Title.Should().Be("研究员");
    }

    [Fact]
    public async Task A_correction_without_if_match_is_a_428()
    {
        var envoyId = await _operator.RegisteredEnvoy();

        var response = await _operator.PostCorrection(envoyId, new CorrectEnvoyDetails("typo", Title: "研究员"), ifMatch: null);

        await response.ShouldBeProblem(HttpStatusCode.PreconditionRequired, "version.required");
    }

    [Fact]
    public async Task A_correction_that_changes_nothing_is_a_422()
    {
        var envoyId = await _operator.RegisteredEnvoy();

        var response = await _operator.PostCorrection(envoyId, new CorrectEnvoyDetails("typo", Title: "高级农艺师"), "\"1\"");

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "envoy.details-unchanged");
    }

    [Fact]
    public async Task A_selection_date_after_an_assignments_start_is_a_422()
    {
        var envoyId = await _operator.RegisteredEnvoy();
        await _operator.AssignedToNewVillage(envoyId);

        var response = await _operator.PostCorrection(envoyId, new CorrectEnvoyDetails("late", SelectedOn: new DateOnly(2018, 7, 1)), "\"2\"");

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "envoy.date-before-selection");
    }

    [Fact]
    public async Task An_invalid_correction_is_a_400_naming_each_field()
    {
        var envoyId = await _operator.RegisteredEnvoy();

        var response = await _operator.PostCorrection(envoyId, new CorrectEnvoyDetails("", Name: " ", Phone: "138"), "\"1\"");

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        problem.Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().BeEquivalentTo("reason", "name", "phone");
    }

    [Fact]
    public async Task Correcting_an_unknown_envoy_is_a_404()
    {
        var response = await _operator.PostCorrection(Guid.CreateVersion7().ToString(), new CorrectEnvoyDetails("typo", Title: "研究员"), "\"1\"");

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "envoy.not-found");
    }
}
