using System.Net;
using System.Reflection;
using System.Text.Json;
using Fupin.EventSourced.Api.Hosting.OpenApi;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using FluentAssertions.Execution;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Fupin.EventSourced.Api.Tests.Hosting;

/// <summary>
/// The OpenAPI document is a contract clients generate code from. These tests walk the whole document, so an
/// endpoint added later is held to the same rules without being named here.
/// </summary>
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

    [Fact]
    public async Task Schema_names_are_plain_type_names()
    {
        var contract = await OpenApiContract.LoadAsync(api.AnonymousClient());

        contract.Schemas.Select(schema => schema.Key).Should().NotBeEmpty()
            .And.AllSatisfy(name => name.Should().NotContainAny(".", "+", "`"));
        contract.Schemas.Should().ContainKeys("RegisterVillage", "Written", "Problem");
    }

    [Fact]
    public async Task Every_field_of_a_success_response_that_is_not_nullable_is_required()
    {
        var contract = await OpenApiContract.LoadAsync(api.AnonymousClient());
        var names = contract.SuccessSchemaNames();

        names.Should().Contain(["Written", "VillageView", "RecordedEvent"]);
        using var scope = new AssertionScope();
        foreach (var name in names)
        {
            var schema = contract.Schemas[name]!.AsObject();
            var required = OpenApiContract.Required(schema);
            foreach (var (property, propertySchema) in schema["properties"]?.AsObject() ?? [])
            {
                if (!OpenApiContract.IsNullable(propertySchema!.AsObject()))
                {
                    required.Should().Contain(property, $"{name}.{property} is always sent");
                }
            }
        }
    }

    [Fact]
    public async Task A_success_response_field_is_nullable_exactly_when_its_csharp_type_is()
    {
        var contract = await OpenApiContract.LoadAsync(api.AnonymousClient());
        var types = OpenApiContract.ResponseTypesBySchemaName(
            api.Factory.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>());
        var nullability = new NullabilityInfoContext();

        using var scope = new AssertionScope();
        foreach (var name in contract.SuccessSchemaNames())
        {
            if (!types.TryGetValue(name, out var type))
            {
                scope.FailWith("Schema {0} of a success response is not one of the endpoints' response types", name);
                continue;
            }

            foreach (var (property, propertySchema) in contract.Schemas[name]!["properties"]?.AsObject() ?? [])
            {
                var csharp = OpenApiContract.PropertyFor(type, property);
                var nullable = nullability.Create(csharp).ReadState == NullabilityState.Nullable;
                OpenApiContract.IsNullable(propertySchema!.AsObject()).Should()
                    .Be(nullable, $"{type.Name}.{csharp.Name} is {(nullable ? "" : "not ")}nullable in C#");
            }
        }
    }

    [Fact]
    public async Task Every_parameter_says_what_it_is()
    {
        var contract = await OpenApiContract.LoadAsync(api.AnonymousClient());

        var undescribed = contract.Document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().SelectMany(operation => (operation.Value!["parameters"]?.AsArray() ?? [])
                .Where(parameter => string.IsNullOrWhiteSpace(parameter!["description"]?.GetValue<string>()))
                .Select(parameter => $"{operation.Key} {path.Key} {parameter!["name"]}")));

        undescribed.Should().BeEmpty();
    }

    [Fact]
    public async Task Known_fields_say_what_a_generated_client_can_rely_on()
    {
        var contract = await OpenApiContract.LoadAsync(api.AnonymousClient());
        var written = contract.Schemas["Written"]!.AsObject();
        var recordedEvent = contract.Schemas["RecordedEvent"]!.AsObject();
        var registerVillage = contract.Schemas["RegisterVillage"]!.AsObject();

        OpenApiContract.Required(written).Should().BeEquivalentTo("id", "version");
        OpenApiContract.IsNullable(written["properties"]!["id"]!.AsObject()).Should().BeFalse();
        OpenApiContract.IsNullable(written["properties"]!["version"]!.AsObject()).Should().BeFalse();
        OpenApiContract.Required(recordedEvent).Should().Contain(["sequence", "type", "recordedAt"])
            .And.NotContain(["recordedBy", "role", "correlationId"]);
        OpenApiContract.IsNullable(recordedEvent["properties"]!["recordedBy"]!.AsObject()).Should().BeTrue();
        OpenApiContract.Required(registerVillage).Should().BeEquivalentTo("code", "name", "county", "township");
    }

    [Fact]
    public async Task Every_operation_sits_under_one_declared_and_described_tag()
    {
        var contract = await OpenApiContract.LoadAsync(api.AnonymousClient());
        var declared = contract.Document["tags"]!.AsArray()
            .ToDictionary(tag => tag!["name"]!.GetValue<string>(), tag => tag!["description"]?.GetValue<string>());

        declared.Should().NotBeEmpty().And.AllSatisfy(tag => tag.Value.Should().NotBeNullOrWhiteSpace(tag.Key));
        using var scope = new AssertionScope();
        foreach (var (name, operation) in contract.Operations)
        {
            var tags = operation["tags"]?.AsArray().Select(tag => tag!.GetValue<string>()).ToList() ?? [];
            tags.Should().ContainSingle(name);
            declared.Should().ContainKey(tags.FirstOrDefault() ?? "", name);
        }

        contract.Operations.Where(o => o.Name.Contains("/api/villages", StringComparison.Ordinal))
            .Should().AllSatisfy(o => o.Operation["tags"]![0]!.GetValue<string>().Should().Be("Villages"));
    }

    [Fact]
    public async Task The_document_names_its_server()
    {
        var contract = await OpenApiContract.LoadAsync(api.AnonymousClient());

        contract.Document["servers"]!.AsArray().Should().NotBeEmpty()
            .And.AllSatisfy(server => server!["url"]!.GetValue<string>().Should().NotBeNullOrEmpty());
    }

    [Fact]
    public async Task Every_error_response_is_a_problem_document()
    {
        var contract = await OpenApiContract.LoadAsync(api.AnonymousClient());
        var errors = contract.Responses.Where(r => r.Status[0] is '4' or '5').ToList();

        errors.Should().NotBeEmpty();
        using var scope = new AssertionScope();
        foreach (var (operation, status, response) in errors)
        {
            var content = response["content"]?.AsObject().Select(media => media.Key).ToList() ?? [];
            content.Should().Equal([ProblemSchema.ContentType], $"{operation} answers {status}");
            response["content"]?[ProblemSchema.ContentType]?["schema"]?["$ref"]?.GetValue<string>().Should()
                .Be("#/components/schemas/Problem", $"{operation} answers {status}");
        }
    }

    [Fact]
    public async Task Every_operation_declares_503_and_every_command_429()
    {
        var contract = await OpenApiContract.LoadAsync(api.AnonymousClient());

        using var scope = new AssertionScope();
        foreach (var (name, operation) in contract.Operations)
        {
            var responses = operation["responses"]!.AsObject();
            responses.Should().ContainKey("503", name);
            if (!name.StartsWith("GET ", StringComparison.Ordinal))
            {
                responses.Should().ContainKey("429", name);
            }
        }
    }

    [Fact]
    public async Task The_problem_schema_has_the_members_every_problem_carries()
    {
        var contract = await OpenApiContract.LoadAsync(api.AnonymousClient());
        var problem = contract.Schemas["Problem"]!.AsObject();
        var properties = problem["properties"]!.AsObject();

        OpenApiContract.Required(problem).Should().Contain(["error", "correlationId"]);
        foreach (var member in new[] { "error", "correlationId", "type", "title", "detail", "instance" })
        {
            properties[member]!["type"]!.GetValue<string>().Should().Be("string", member);
        }

        properties["status"]!["type"]!.GetValue<string>().Should().Be("integer");
        properties["errors"]!["type"]!.GetValue<string>().Should().Be("object");
        properties["errors"]!["additionalProperties"]!["items"]!["type"]!.GetValue<string>().Should().Be("string");
        OpenApiContract.Required(problem).Should().NotContain("errors");
    }

    [Fact]
    public void A_route_outside_the_tag_table_fails_document_generation()
    {
        ApiTags.ForRoute("api/villages/{villageCode}/history").Name.Should().Be("Villages");
        ApiTags.ForRoute("/api/envoys").Name.Should().Be("Envoys");

        FluentActions.Invoking(() => ApiTags.ForRoute("api/harvests/{id}"))
            .Should().Throw<InvalidOperationException>().WithMessage("*harvests*");
        FluentActions.Invoking(() => ApiTags.ForRoute("health/live")).Should().Throw<InvalidOperationException>();
        ApiTags.All.Select(tag => tag.Name).Should().OnlyHaveUniqueItems();
        ApiTags.All.Should().AllSatisfy(tag => tag.Description.Should().NotBeNullOrWhiteSpace());
    }

    [Fact]
    public void Two_types_with_the_same_name_fail_document_generation()
    {
        var generator = api.Factory.Services.GetRequiredService<ISchemaGenerator>();
        var schemas = new SchemaRepository();
        generator.GenerateSchema(typeof(One.Twin), schemas);

        FluentActions.Invoking(() => generator.GenerateSchema(typeof(Other.Twin), schemas))
            .Should().Throw<InvalidOperationException>().WithMessage("*Twin*");
        SchemaNames.For(typeof(Dictionary<string, IReadOnlyList<One.Twin>>))
            .Should().Be("DictionaryOfStringAndIReadOnlyListOfTwin");
    }

    // Two types that plain schema names would confuse.
    private static class One
    {
        public sealed record Twin(string Name);
    }

    private static class Other
    {
        public sealed record Twin(int Count);
    }
}
