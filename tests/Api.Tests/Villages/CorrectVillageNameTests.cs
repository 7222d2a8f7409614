using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Api.Villages.GettingDetails;
using Fupin.EventSourced.Domain.Villages.CorrectingName;

namespace Fupin.EventSourced.Api.Tests.Villages;

[Collection(ApiCollection.Name)]
public class CorrectVillageNameTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);
    private static readonly CorrectVillageName Correction = new("汀头新村", "2018 register typo");

    [Fact]
    public async Task A_correction_with_the_current_version_renames_and_moves_the_version_on()
    {
        var code = await _operator.RegisteredVillage(name: "汀头村");

        var response = await _operator.PostNameCorrection(code, Correction, "\"1\"");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.Should().Be("\"2\"");
        var village = await _operator.GetFromJsonAsync<VillageView>($"/api/villages/{code}");
        village!.Name.Should().Be("汀头新村");
        village.Version.Should().Be(2);
    }

    [Fact]
    public async Task A_correction_against_a_stale_version_is_a_412_and_changes_nothing()
    {
        var code = await _operator.RegisteredVillage(name: "汀头村");
        (await _operator.PostNameCorrection(code, Correction, "\"1\"")).EnsureSuccessStatusCode();

        var stale = await _operator.PostNameCorrection(code, Correction with { Name = "汀头东村" }, "\"1\"");

        await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        (await _operator.GetFromJsonAsync<VillageView>($"/api/villages/{code}"))!.Name.Should().Be("汀头新村");
    }

    [Theory]
    [InlineData("W/\"1\"")]
    [InlineData("W/\"2\"")]
    public async Task A_correction_with_a_weak_if_match_is_a_412_even_when_its_version_is_current(string ifMatch)
    {
        var code = await _operator.RegisteredVillage(name: "汀头村");

        var response = await _operator.PostNameCorrection(code, Correction, ifMatch);

        var problem = await response.ShouldBeProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        problem.Detail.Should().Contain("Weak entity tags never match If-Match");
        (await _operator.GetFromJsonAsync<VillageView>($"/api/villages/{code}"))!.Version.Should().Be(1);
    }

    [Fact]
    public async Task A_correction_without_if_match_is_a_428()
    {
        var code = await _operator.RegisteredVillage();

        var response = await _operator.PostNameCorrection(code, Correction, ifMatch: null);

        await response.ShouldBeProblem(HttpStatusCode.PreconditionRequired, "version.required");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"one\"")]
    [InlineData("\"-1\"")]
    [InlineData("\"0\"")]
    [InlineData("\"99999999999999999999\"")]
    [InlineData("*")]
    [InlineData("\"1\", \"2\"")]
    [InlineData("W/1")]
    [InlineData("W/\"1\", \"1\"")]
    public async Task A_correction_with_a_garbage_if_match_is_a_400(string ifMatch)
    {
        var code = await _operator.RegisteredVillage();

        var response = await _operator.PostNameCorrection(code, Correction, ifMatch);

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "version.invalid");
    }

    [Fact]
    public async Task Correcting_an_unknown_village_is_a_404()
    {
        var response = await _operator.PostNameCorrection(Codes.NewVillage(), Correction, "\"1\"");

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "village.not-found");
    }

    [Fact]
    public async Task Correcting_to_the_current_name_is_a_422()
    {
        var code = await _operator.RegisteredVillage(name: "汀头村");

        var response = await _operator.PostNameCorrection(code, Correction with { Name = "汀头村" }, "\"1\"");

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "village.name-unchanged");
    }

    [Fact]
    public async Task The_history_keeps_both_names_with_who_changed_them()
    {
        var code = await _operator.RegisteredVillage(name: "汀头村");
        (await _operator.PostNameCorrection(code, Correction, "\"1\"")).EnsureSuccessStatusCode();

        var history = (await api.ClientAs(Roles.Auditor, division: null)
            .GetFromJsonAsync<List<Api.EventStore.RecordedEvent>>($"/api/villages/{code}/history"))!;

        history.Select(e => (e.Version, e.Type, e.Role)).Should().Equal(
            (1L, "village_registered", Roles.Operator), (2L, "village_name_corrected", Roles.Operator));
        history[1].Data.ToString().Should().Contain("汀头村").And.Contain("2018 register typo");
        history.Should().OnlyContain(e => e.RecordedBy == $"{Roles.Operator}-{Codes.County}" && e.CorrelationId != null);
    }
}
