using System.Net;
using System.Text.Json;
using Fupin.EventSourced.Api.Tests.Infrastructure;

namespace Fupin.EventSourced.Api.Tests.Hosting;

[Collection(ApiCollection.Name)]
public class OpenApiTests(ApiFixture api)
{
    [Fact]
    public async Task The_document_is_served_without_a_token_and_every_operation_explains_itself()
    {
        var response = await api.AnonymousClient().GetAsync("/swagger/v1/swagger.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (path.Name, Operation: operation.Value)))
            .ToList();
        operations.Should().NotBeEmpty();
        foreach (var (path, operation) in operations)
        {
            operation.GetProperty("summary").GetString().Should().NotBeNullOrWhiteSpace(path);
            operation.GetProperty("security").GetArrayLength().Should().Be(1, path);
            operation.GetProperty("responses").TryGetProperty("403", out _).Should().BeTrue(path);
        }

        document.RootElement.GetProperty("components").GetProperty("securitySchemes")
            .GetProperty("Bearer").GetProperty("scheme").GetString().Should().Be("bearer");
    }

    [Fact]
    public async Task Command_schemas_carry_the_xml_documentation_of_their_fields()
    {
        var json = await api.AnonymousClient().GetStringAsync("/swagger/v1/swagger.json");
        using var document = JsonDocument.Parse(json);

        var registerVillage = document.RootElement.GetProperty("components").GetProperty("schemas")
            .GetProperty("RegisterVillage");

        registerVillage.GetProperty("properties").GetProperty("code").GetProperty("description").GetString()
            .Should().Contain("12-digit");
    }

    [Fact]
    public async Task Swagger_ui_is_served_without_a_token()
    {
        var response = await api.AnonymousClient().GetAsync("/swagger/index.html");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
