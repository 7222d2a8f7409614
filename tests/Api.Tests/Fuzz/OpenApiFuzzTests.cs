using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Fupin.EventSourced.Api.Security;
using System.Text.Json;
using System.Text.Json.Serialization;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Api.Tests.Security;
using FluentAssertions.Execution;
using Xunit.Abstractions;

namespace Fupin.EventSourced.Api.Tests.Fuzz;

[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<FuzzCollection.Fixture>
{
    public const string Name = "Fuzz";

    /// <summary>Its own database, so "a rejected request appended nothing" can be read off the high-water mark.</summary>
    public sealed class Fixture : ApiFixture;
}

/// <summary>
/// Bad input of every kind against every operation of the service's own OpenAPI document: no 5xx, every
/// refusal is a problem document, and a refused request leaves the event store as it was. Operations are
/// discovered from the document, so commands added later are fuzzed without editing this test.
/// </summary>
[Collection(FuzzCollection.Name)]
public class OpenApiFuzzTests(FuzzCollection.Fixture api, ITestOutputHelper output)
{
    private const int Seed = 20181231;

    private static readonly (string Role, string? Division)[] Callers =
    [
        (Roles.Operator, Codes.County), (Roles.Finance, Codes.County), (Roles.Analyst, null), (Roles.Auditor, null),
        (Roles.Admin, null),
    ];

    [Fact]
    public async Task No_input_makes_the_service_fail_or_write_when_it_refuses()
    {
        var document = JsonNode.Parse(await api.AnonymousClient().GetStringAsync("/swagger/v1/swagger.json"))!.AsObject();
        var operations = OpenApiOperation.All(document);
        operations.Should().NotBeEmpty();
        await api.ClientAs(Roles.Operator).RegisteredVillage();
        await api.WaitForProjectionsAsync();

        var statuses = new Dictionary<int, int>();
        var sent = 0;
        using (new AssertionScope())
        {
            foreach (var operation in operations)
            {
                var client = await CallerAllowedAsync(document, operation);
                var properties = operation.BodySchema is null
                    ? null
                    : OpenApiOperation.Resolve(document, operation.BodySchema)["properties"]!.AsObject().Select(p => p.Key).ToList();
                foreach (var mutation in Mutations.For(operation.Path, properties, TakesIfMatch(operation), Seed))
                {
                    var (valid, body) = await ValidRequestAsync(document, operation);
                    var (status, appended, text) = await SendAsync(client, operation.Method, mutation.Apply(valid, body));
                    sent++;
                    statuses[(int)status] = statuses.GetValueOrDefault((int)status) + 1;

                    ((int)status).Should().BeLessThan(500, $"{operation} with {mutation} answered {text}");
                    if ((int)status >= 400)
                    {
                        appended.Should().Be(0, $"{operation} with {mutation} was refused ({(int)status}) yet appended");
                        text.Should().Contain("\"status\"", $"{operation} with {mutation} answered no problem document");
                    }
                }
            }
        }

        output.WriteLine($"Fuzzed {operations.Count} operations with {sent} requests: " +
                         string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        sent.Should().BeGreaterThan(operations.Count * 10);
    }

    /// <summary>A caller whose valid request the operation accepts: the starting point for its mutations.</summary>
    private async Task<HttpClient> CallerAllowedAsync(JsonObject document, OpenApiOperation operation)
    {
        foreach (var (role, division) in Callers)
        {
            var client = api.ClientAs(role, division);
            var (valid, _) = await ValidRequestAsync(document, operation);
            var (status, _, _) = await SendAsync(client, operation.Method, valid);
            if ((int)status is >= 200 and < 300)
            {
                return client;
            }
        }

        throw new InvalidOperationException(
            $"No caller got a 2xx from {operation} with its example request; see {nameof(RequestExamples)}.");
    }

    /// <summary>A fresh valid request, arranged as the authorization matrix arranges it: every route parameter and body.</summary>
    private async Task<(RequestParts Request, JsonObject? Body)> ValidRequestAsync(JsonObject document, OpenApiOperation operation)
    {
        var bodyName = operation.BodySchemaName;
        var arranged = await new RequestExamples(api.ClientAs(Roles.Operator, userId: "fuzz-setup"), api.ClientAs(Roles.Finance, Codes.City, userId: "fuzz-setup"),
            api.ClientAs(Roles.Admin, null, userId: "fuzz-admin"))
            .ArrangeAsync(operation.Path, bodyName, Codes.County);
        var body = arranged.Body is null ? null : JsonSerializer.SerializeToNode(arranged.Body, arranged.BodyType!, Json)!.AsObject();
        return (new RequestParts(arranged.Path, body?.ToJsonString(), "application/json", arranged.IfMatch ?? (TakesIfMatch(operation) ? "\"1\"" : null)), body);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static bool TakesIfMatch(OpenApiOperation operation) =>
        operation.Parameters.Any(p => p is { In: "header", Name: "If-Match" });

    private async Task<(HttpStatusCode Status, long Appended, string Body)> SendAsync(
        HttpClient client, string method, RequestParts mutation)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), mutation.Path);
        if (mutation.Body is not null && method != "GET")
        {
            request.Content = new StringContent(mutation.Body, Encoding.UTF8, mutation.ContentType);
        }

        if (mutation.IfMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", mutation.IfMatch);
        }

        var before = await api.HighWaterMarkAsync();
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, await api.HighWaterMarkAsync() - before, text);
    }
}
