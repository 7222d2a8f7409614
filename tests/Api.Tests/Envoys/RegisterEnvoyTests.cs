using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Envoys.GettingDetails;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.Registering;
using Microsoft.AspNetCore.Mvc;

namespace Fupin.EventSourced.Api.Tests.Envoys;

[Collection(ApiCollection.Name)]
public class RegisterEnvoyTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task A_registered_envoy_is_a_201_with_location_and_etag_and_reads_back_as_registered()
    {
        var response = await _operator.PostEnvoy(EnvoyScenarios.NewEnvoy(name: " 王建国 "));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var written = await response.Written();
        written.Version.Should().Be(1);
        Guid.TryParse(written.Id, out _).Should().BeTrue();
        response.Headers.Location!.ToString().Should().Be($"/api/envoys/{written.Id}");
        response.Headers.ETag!.Tag.Should().Be("\"1\"");

        var (envoy, etag) = await _operator.GetEnvoy(written.Id);
        etag.Should().Be("\"1\"");
        envoy.Should().BeEquivalentTo(new EnvoyView(written.Id, "王建国", "淄博市农业科学研究院", OrganisationKind.ResearchInstitute,
            Specialty.Vegetables, "高级农艺师", "13812341234", Codes.County, new DateOnly(2018, 3, 1), WithdrawnOn: null,
            Assignments: [], Version: 1));
    }

    [Fact]
    public async Task The_event_records_who_registered_in_which_role_under_which_correlation_id()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/envoys") { Content = JsonContent.Create(EnvoyScenarios.NewEnvoy()) };
        request.Headers.Add("X-Correlation-Id", "envoys-2018-batch-3");

        var response = await api.ClientAs(Roles.Operator, userId: "li.na").SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.GetValues("X-Correlation-Id").Should().Equal("envoys-2018-batch-3");
        await using var session = api.Store.QuerySession();
        var stored = (await session.Events.FetchStreamAsync((await response.Written()).Id)).Should().ContainSingle().Subject;
        stored.Data.Should().BeOfType<EnvoyRegistered>().Which.DivisionCode.Should().Be(Codes.County);
        stored.UserName.Should().Be("li.na");
        stored.GetHeader("role")!.ToString().Should().Be(Roles.Operator);
        stored.CorrelationId.Should().Be("envoys-2018-batch-3");
    }

    [Fact]
    public async Task Invalid_input_is_a_400_naming_each_field_and_writes_nothing()
    {
        var invalid = new RegisterEnvoy("", new string('院', EnvoyRules.MaxTextLength + 1), (OrganisationKind)99, (Specialty)(-1),
            "高级\u0007农艺师", "12812341234", "370000", new DateOnly(1999, 12, 31));
        var before = await api.HighWaterMarkAsync();

        var response = await _operator.PostEnvoy(invalid);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        problem.Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().BeEquivalentTo(
            "name", "organisation", "organisationKind", "specialty", "title", "phone", "divisionCode", "selectedOn");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Theory]
    [InlineData("370302101001")]
    [InlineData("3703")]
    public async Task A_division_that_is_not_a_city_or_county_is_a_400_naming_it(string division)
    {
        var response = await api.ClientAs(Roles.Operator, Codes.City).PostEnvoy(EnvoyScenarios.NewEnvoy(division));

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        problem.Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().Equal("divisionCode");
    }

    [Fact]
    public async Task An_operator_of_one_county_cannot_register_an_envoy_for_another_and_nothing_is_written()
    {
        var before = await api.HighWaterMarkAsync();

        var response = await _operator.PostEnvoy(EnvoyScenarios.NewEnvoy(Codes.OtherCounty));

        await response.ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task An_operator_of_a_county_cannot_register_an_envoy_for_its_city()
    {
        var response = await _operator.PostEnvoy(EnvoyScenarios.NewEnvoy(Codes.City));

        await response.ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
    }

    [Theory]
    [InlineData(Codes.City)]
    [InlineData(Codes.OtherCounty)]
    public async Task An_operator_of_the_city_may_register_envoys_for_the_city_and_its_counties(string division)
    {
        var cityOperator = api.ClientAs(Roles.Operator, Codes.City);

        var id = await cityOperator.RegisteredEnvoy(division);

        (await cityOperator.GetEnvoy(id)).Envoy.DivisionCode.Should().Be(division);
    }

    [Theory]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Finance)]
    [InlineData(Roles.Admin)]
    public async Task Only_operators_register_envoys(string role)
    {
        var response = await api.ClientAs(role, Codes.County).PostEnvoy(EnvoyScenarios.NewEnvoy());

        await response.ShouldBeProblem(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task An_unknown_envoy_is_a_404()
    {
        var response = await api.ClientAs(Roles.Analyst, division: null).GetAsync($"/api/envoys/{Guid.CreateVersion7()}");

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "envoy.not-found");
    }
}
