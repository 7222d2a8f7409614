using System.Net;
using System.Net.Http.Json;
using System.Text;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Villages.CorrectingName;

namespace Fupin.EventSourced.Api.Tests.Hosting;

/// <summary>
/// Every refusal is an application/problem+json document with its correlation id in the body and the header,
/// whatever the client's Accept asks for (a browser asking for HTML once got a 500 with a stack trace).
/// </summary>
[Collection(ApiCollection.Name)]
public class ProblemShapeTests(ApiFixture api)
{
    public static TheoryData<string> Accepts() => ["text/html", "application/xml", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "image/png"];

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task Every_kind_of_refusal_is_a_json_problem_with_its_correlation_id_whatever_accept_says(string accept)
    {
        var @operator = api.ClientAs(Roles.Operator);
        var village = await @operator.RegisteredVillage(name: "汀头村");
        var cases = new (string Why, Func<HttpRequestMessage> Request, HttpStatusCode Status, string Error)[]
        {
            ("no token", () => new HttpRequestMessage(HttpMethod.Get, $"/api/villages/{village}"), HttpStatusCode.Unauthorized, "auth.unauthenticated"),
            ("unknown route", () => new HttpRequestMessage(HttpMethod.Get, "/api/nothing"), HttpStatusCode.NotFound, "route.not-found"),
            ("unknown village", () => new HttpRequestMessage(HttpMethod.Get, $"/api/villages/{Codes.NewVillage()}"), HttpStatusCode.NotFound, "village.not-found"),
            ("registered twice", () => Post("/api/villages", VillageScenarios.NewRegistration(village)), HttpStatusCode.Conflict, "village.already-registered"),
            ("stale If-Match", () => Post($"/api/villages/{village}/name-corrections", new CorrectVillageName("新村", "x"), "\"9\""), HttpStatusCode.PreconditionFailed, "version.stale"),
            ("missing If-Match", () => Post($"/api/villages/{village}/name-corrections", new CorrectVillageName("新村", "x")), HttpStatusCode.PreconditionRequired, "version.required"),
            ("same name", () => Post($"/api/villages/{village}/name-corrections", new CorrectVillageName("汀头村", "x"), "\"1\""), HttpStatusCode.UnprocessableEntity, "village.name-unchanged"),
            ("invalid field", () => Post("/api/villages", VillageScenarios.NewRegistration("12")), HttpStatusCode.BadRequest, "request.invalid"),
            ("malformed JSON", () => new HttpRequestMessage(HttpMethod.Post, "/api/villages") { Content = new StringContent("{", Encoding.UTF8, "application/json") }, HttpStatusCode.BadRequest, "request.invalid"),
            ("out of scope", () => new HttpRequestMessage(HttpMethod.Get, $"/api/villages/{Codes.NewVillage(Codes.OtherCounty)}"), HttpStatusCode.Forbidden, "scope.denied"),
        };

        foreach (var (why, request, status, error) in cases)
        {
            var message = request();
            message.Headers.TryAddWithoutValidation("Accept", accept);
            var client = why == "no token" ? api.AnonymousClient() : @operator;

            var response = await client.SendAsync(message);

            var problem = await response.ShouldBeProblem(status, error);
            var header = response.Headers.GetValues("X-Correlation-Id").Should().ContainSingle(why).Subject;
            problem.Extensions["correlationId"]!.ToString().Should().Be(header, why);
        }
    }

    [Fact]
    public async Task An_unreadable_body_is_described_without_naming_dotnet_types()
    {
        var response = await api.ClientAs(Roles.Operator).PostAsync("/api/villages",
            new StringContent("{\"code\":370302101001,\"name\":\"a\",\"county\":\"b\",\"township\":\"c\"}", Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        problem.Detail.Should().Contain("$.code").And.NotContainAny("System.", "Fupin", "Domain", "RegisterVillage");
    }

    private static HttpRequestMessage Post<T>(string path, T body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }
}
