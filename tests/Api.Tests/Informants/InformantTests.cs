using System.Net;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Figures;
using Microsoft.AspNetCore.Mvc;

namespace Fupin.EventSourced.Api.Tests.Informants;

[Collection(ApiCollection.Name)]
public class InformantTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task An_informant_is_a_201_read_in_full_by_operators_and_masked_for_analysts()
    {
        var village = await _operator.RegisteredVillage();

        var response = await _operator.PostInformant(FieldWorkScenarios.NewInformant(village));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await response.Written()).Id;
        response.Headers.Location!.ToString().Should().Be($"/api/informants/{id}");
        var full = await _operator.GetInformant(id);
        (full.VillageCode, full.Name, full.Phone).Should().Be((village, "张三丰", "13912345678"));
        var masked = await api.ClientAs(Roles.Analyst).GetInformant(id);
        (masked.Name, masked.Phone).Should().Be(("张**", "139****5678"));
    }

    [Fact]
    public async Task An_informant_of_an_unregistered_village_is_a_404_and_of_another_county_a_403()
    {
        var foreign = await api.ClientAs(Roles.Operator, Codes.OtherCounty).RegisteredVillage(Codes.NewVillage(Codes.OtherCounty));
        var before = await api.HighWaterMarkAsync();

        await (await _operator.PostInformant(FieldWorkScenarios.NewInformant(Codes.NewVillage()))).ShouldBeProblem(HttpStatusCode.NotFound, "village.not-found");
        await (await _operator.PostInformant(FieldWorkScenarios.NewInformant(foreign))).ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task An_unknown_informant_is_a_404()
    {
        await (await _operator.GetAsync($"/api/informants/{Guid.CreateVersion7()}")).ShouldBeProblem(HttpStatusCode.NotFound, "informant.not-found");
    }

    [Fact]
    public async Task An_invalid_informant_is_a_400_naming_each_field_and_no_phone_appears_in_the_problem()
    {
        var response = await _operator.PostInformant(FieldWorkScenarios.NewInformant("370302") with { Name = "", Phone = "12345678901" });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        problem.Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().BeEquivalentTo("villageCode", "name", "phone");
        (await response.Content.ReadAsStringAsync()).Should().NotContain("12345678901");
    }

    [Fact]
    public async Task Informants_count_in_their_village_on_the_day_they_took_the_role()
    {
        const string county = "370383";
        var client = api.ClientAs(Roles.Operator, county);
        var village = await client.RegisteredVillage(Codes.NewVillage(county));
        (await client.PostInformant(FieldWorkScenarios.NewInformant(village, new DateOnly(2015, 6, 1)))).EnsureSuccessStatusCode();
        (await client.PostInformant(FieldWorkScenarios.NewInformant(village, new DateOnly(2015, 9, 1)))).EnsureSuccessStatusCode();
        await api.WaitForProjectionsAsync();

        (await api.ClientAs(Roles.Analyst, county).Figure(Figure.InformantsRegistered, county, 2015)).Should().Be(2);
    }
}
