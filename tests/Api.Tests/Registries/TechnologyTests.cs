using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Technologies.Reading;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Technologies;
using Microsoft.AspNetCore.Mvc;

namespace Fupin.EventSourced.Api.Tests.Registries;

[Collection(ApiCollection.Name)]
public class TechnologyTests(ApiFixture api)
{
    /// <summary>A county no other test writes to, so its registry is exactly what this class registers.</summary>
    private const string County = "370371";

    private readonly HttpClient _city = api.ClientAs(Roles.Operator, Codes.City);

    [Fact]
    public async Task A_registered_technology_reads_back_and_is_listed_in_its_divisions_registry_in_pages()
    {
        var first = await _city.RegisteredTechnology(County);
        var second = await _city.RegisteredTechnology(County);

        var (technology, etag) = await _city.Read<TechnologyView>($"/api/technologies/{first}");
        etag.Should().Be("\"1\"");
        technology.Should().BeEquivalentTo(new TechnologyView(first, "鲁麦 23 号", Specialty.Grain, "山东省农业科学院", TechnologyKind.Variety,
            County, RegistryScenarios.RegisteredOn, 1));
        var (page, _) = await api.ClientAs(Roles.Analyst, Codes.City).Read<TechnologyRegistryPage>($"/api/technologies/divisions/{County}?pageSize=1&page=2");
        page.Total.Should().BeGreaterThanOrEqualTo(2);
        page.Items.Should().ContainSingle();
        var (all, _) = await _city.Read<TechnologyRegistryPage>($"/api/technologies/divisions/{Codes.City}?pageSize=200");
        all.Items.Select(t => t.Id).Should().Contain([first, second]);
    }

    [Theory]
    [InlineData("?page=0")]
    [InlineData("?pageSize=201")]
    [InlineData("?pageSize=ten")]
    public async Task A_bad_page_is_a_400(string query)
    {
        await (await _city.GetAsync($"/api/technologies/divisions/{Codes.City}{query}")).ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
    }

    [Fact]
    public async Task Invalid_input_is_a_400_naming_each_field()
    {
        var problem = await (await _city.PostAsJsonAsync("/api/technologies", RegistryScenarios.NewTechnology() with { Title = "", Kind = (TechnologyKind)9 }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");

        problem.Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().BeEquivalentTo("title", "kind");
    }

    [Fact]
    public async Task An_unknown_technology_is_a_404_and_one_of_another_county_is_out_of_scope()
    {
        await (await _city.GetAsync($"/api/technologies/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound, "technology.not-found");
        var foreign = await _city.RegisteredTechnology(Codes.OtherCounty);
        await (await api.ClientAs(Roles.Analyst).GetAsync($"/api/technologies/{foreign}")).ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
    }
}
