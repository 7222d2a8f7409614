using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Experts;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Experts.CorrectingDetails;
using Fupin.EventSourced.Domain.Experts.Registering;
using Microsoft.AspNetCore.Mvc;

namespace Fupin.EventSourced.Api.Tests.Registries;

[Collection(ApiCollection.Name)]
public class ExpertTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task A_registered_expert_is_a_201_and_reads_back_with_the_phone_in_full_for_operators_and_masked_for_analysts()
    {
        var response = await _operator.PostAsJsonAsync("/api/experts", RegistryScenarios.NewExpert(name: " 李明华 "));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var written = await response.Written();
        response.Headers.Location!.ToString().Should().Be($"/api/experts/{written.Id}");
        response.Headers.ETag!.Tag.Should().Be("\"1\"");
        var (expert, etag) = await _operator.Read<ExpertView>($"/api/experts/{written.Id}");
        etag.Should().Be("\"1\"");
        expert.Should().BeEquivalentTo(new ExpertView(written.Id, "李明华", "山东农业大学", "研究员", Specialty.Vegetables, "13912345678",
            Codes.County, RegistryScenarios.RegisteredOn, GroupId: null, JoinedGroupOn: null, Version: 1));
        (await api.ClientAs(Roles.Analyst).GetExpert(written.Id)).Phone.Should().Be("139****5678");
        (await api.ClientAs(Roles.Auditor, null).GetExpert(written.Id)).Phone.Should().Be("139****5678");
    }

    [Fact]
    public async Task Invalid_input_is_a_400_naming_each_field_and_writes_nothing()
    {
        var before = await api.HighWaterMarkAsync();

        var response = await _operator.PostAsJsonAsync("/api/experts",
            new RegisterExpert("", "山东农业大学", "研\u0007究员", (Specialty)42, "12345", "370000", new DateOnly(1999, 1, 1)));

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        problem.Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().BeEquivalentTo(
            "name", "title", "specialty", "phone", "divisionCode", "registeredOn");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task An_operator_cannot_register_an_expert_in_another_county_nor_read_one_there()
    {
        var before = await api.HighWaterMarkAsync();

        var response = await _operator.PostAsJsonAsync("/api/experts", RegistryScenarios.NewExpert(Codes.OtherCounty));

        await response.ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        (await api.HighWaterMarkAsync()).Should().Be(before);
        var foreign = await api.ClientAs(Roles.Operator, Codes.OtherCounty).RegisteredExpert(Codes.OtherCounty);
        await (await _operator.GetAsync($"/api/experts/{foreign}")).ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
    }

    [Fact]
    public async Task An_unknown_expert_is_a_404()
    {
        await (await _operator.GetAsync($"/api/experts/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound, "expert.not-found");
    }

    [Fact]
    public async Task A_correction_needs_the_current_version_in_if_match()
    {
        var expertId = await _operator.RegisteredExpert();
        var path = $"/api/experts/{expertId}/detail-corrections";
        var correction = new CorrectExpertDetails("typo in the 2018 list", Title: "教授");

        await (await _operator.SendAsync(RegistryScenarios.Command(path, correction))).ShouldBeProblem(HttpStatusCode.PreconditionRequired, "version.required");
        var corrected = await _operator.SendAsync(RegistryScenarios.Command(path, correction, "\"1\""));

        corrected.StatusCode.Should().Be(HttpStatusCode.OK);
        (await corrected.Written()).Version.Should().Be(2);
        (await _operator.GetExpert(expertId)).Title.Should().Be("教授");
        await (await _operator.SendAsync(RegistryScenarios.Command(path, correction with { Title = "研究员" }, "\"1\"")))
            .ShouldBeProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        await (await _operator.SendAsync(RegistryScenarios.Command(path, correction, "\"2\""))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "expert.details-unchanged");
    }

    [Fact]
    public async Task A_retried_registration_with_its_idempotency_key_registers_the_expert_once()
    {
        var key = $"experts-{Guid.NewGuid()}";
        var body = RegistryScenarios.NewExpert();

        var first = await _operator.SendAsync(RegistryScenarios.Command("/api/experts", body, idempotencyKey: key));
        var before = await api.HighWaterMarkAsync();
        var retry = await _operator.SendAsync(RegistryScenarios.Command("/api/experts", body, idempotencyKey: key));

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        retry.StatusCode.Should().Be(HttpStatusCode.Created);
        retry.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await retry.Written()).Should().Be(await first.Written());
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }
}
