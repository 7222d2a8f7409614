using System.Net;
using System.Text;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;

namespace Fupin.EventSourced.Api.Tests.Hosting;

[Collection(ApiCollection.Name)]
public class HttpBehaviourTests(ApiFixture api)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_without_a_token(string path)
    {
        var response = await api.AnonymousClient().GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem_for_anyone()
    {
        await (await api.AnonymousClient().GetAsync("/api/nothing-here")).ShouldBeProblem(HttpStatusCode.NotFound, "route.not-found");
        await (await api.ClientAs(Roles.Admin, null).GetAsync("/api/nothing-here")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_problem()
    {
        var response = await api.ClientAs(Roles.Operator).DeleteAsync("/api/villages");

        await response.ShouldBeProblem(HttpStatusCode.MethodNotAllowed, "route.method-not-allowed");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_problem()
    {
        var response = await api.ClientAs(Roles.Operator).PostAsync("/api/villages",
            new StringContent("code=370302101001", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await response.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_a_413_problem()
    {
        var huge = $$"""{"code":"370302101001","name":"{{new string('村', 40_000)}}","county":"a","township":"b"}""";

        var response = await api.ClientAs(Roles.Operator).PostAsync("/api/villages",
            new StringContent(huge, Encoding.UTF8, "application/json"));

        await response.ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge, "request.too-large");
    }

    [Fact]
    public async Task Every_response_carries_a_correlation_id_and_problems_repeat_it()
    {
        var response = await api.AnonymousClient().GetAsync("/api/villages/370302101001");

        var correlationId = response.Headers.GetValues("X-Correlation-Id").Should().ContainSingle().Subject;
        var problem = await response.ShouldBeProblem(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        problem.Extensions["correlationId"]!.ToString().Should().Be(correlationId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("x\u00e9")]
    public async Task An_implausible_correlation_id_is_replaced_rather_than_echoed(string given)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", given);

        var response = await api.AnonymousClient().SendAsync(request);

        response.Headers.GetValues("X-Correlation-Id").Single().Should().NotBe(given).And.MatchRegex("^[0-9a-f]{32}$");
    }
}
