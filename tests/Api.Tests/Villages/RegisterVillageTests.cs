using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Api.Villages.GettingDetails;
using Fupin.EventSourced.Domain.Villages.Registering;

namespace Fupin.EventSourced.Api.Tests.Villages;

[Collection(ApiCollection.Name)]
public class RegisterVillageTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task Registered_village_is_served_with_its_version_and_county_and_township_codes()
    {
        var command = VillageScenarios.NewRegistration(name: "汀头村");

        var response = await _operator.PostRegistration(command);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().Be($"/api/villages/{command.Code}");
        response.Headers.ETag!.Tag.Should().Be("\"1\"");
        (await response.Written()).Version.Should().Be(1);

        var read = await _operator.GetAsync(response.Headers.Location);
        read.Headers.ETag!.Tag.Should().Be("\"1\"");
        (await read.Content.ReadFromJsonAsync<VillageView>()).Should().Be(new VillageView(
            command.Code, "汀头村", command.Code[..6], "淄川区", command.Code[..9], "注滋口镇", Version: 1));
    }

    [Fact]
    public async Task The_event_records_who_registered_in_which_role_under_which_correlation_id_and_when()
    {
        var command = VillageScenarios.NewRegistration();
        var client = api.ClientAs(Roles.Operator, userId: "zhang.wei");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/villages") { Content = JsonContent.Create(command) };
        request.Headers.Add("X-Correlation-Id", "import-2018-batch-7");
        var before = DateTimeOffset.UtcNow;

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.GetValues("X-Correlation-Id").Should().Equal("import-2018-batch-7");
        await using var session = api.Store.QuerySession();
        var stored = (await session.Events.FetchStreamAsync(command.Code)).Should().ContainSingle().Subject;
        stored.Data.Should().BeOfType<VillageRegistered>();
        stored.UserName.Should().Be("zhang.wei");
        stored.GetHeader("role")!.ToString().Should().Be(Roles.Operator);
        stored.CorrelationId.Should().Be("import-2018-batch-7");
        stored.Timestamp.Should().BeCloseTo(before, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Invalid_input_is_a_400_naming_each_field_and_writes_nothing()
    {
        var command = new RegisterVillage("3703021", "", "淄川区", "  ");

        var response = await _operator.PostRegistration(command);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        problem.Should().BeOfType<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>()
            .Which.Errors.Keys.Should().BeEquivalentTo("code", "name", "township");
        (await _operator.GetAsync("/api/villages/3703021")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{bad json")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"code\":370302101001}")]
    [InlineData("{\"code\":\"370302101001\",\"name\":\"a\",\"county\":\"b\",\"township\":\"c\",\"unknown\":1}")]
    public async Task Malformed_bodies_are_400_problems(string body)
    {
        var response = await _operator.PostAsync("/api/villages",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Registering_a_registered_code_is_a_409_and_leaves_the_village_as_it_was()
    {
        var code = await _operator.RegisteredVillage(name: "汀头村");

        var response = await _operator.PostRegistration(VillageScenarios.NewRegistration(code, name: "别的村"));

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "village.already-registered");
        var village = await _operator.GetFromJsonAsync<VillageView>($"/api/villages/{code}");
        village!.Name.Should().Be("汀头村");
        village.Version.Should().Be(1);
    }

    [Fact]
    public async Task An_operator_cannot_register_a_village_outside_their_county_and_nothing_is_written()
    {
        var command = VillageScenarios.NewRegistration(Codes.NewVillage(Codes.OtherCounty));

        var response = await _operator.PostRegistration(command);

        await response.ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        var otherOperator = api.ClientAs(Roles.Operator, Codes.OtherCounty);
        (await otherOperator.GetAsync($"/api/villages/{command.Code}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_operator_scoped_to_the_city_may_register_in_any_of_its_counties()
    {
        var cityOperator = api.ClientAs(Roles.Operator, Codes.City);

        var response = await cityOperator.PostRegistration(VillageScenarios.NewRegistration(Codes.NewVillage(Codes.OtherCounty)));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }
}
