using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Fupin.EventSourced.Api.Hosting.OpenApi;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Fupin.EventSourced.Api.Tests.Hosting;

/// <summary>The service's OpenAPI document as a client generator reads it, and the walks the contract tests make.</summary>
public sealed class OpenApiContract(JsonObject document)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public JsonObject Document { get; } = document;

    public JsonObject Schemas => Document["components"]!["schemas"]!.AsObject();

    public static async Task<OpenApiContract> LoadAsync(HttpClient client) =>
        new(JsonNode.Parse(await client.GetStringAsync(OpenApiSetup.DocumentPath))!.AsObject());

    public IEnumerable<(string Name, JsonObject Operation)> Operations =>
        from path in Document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        where Methods.Contains(operation.Key)
        select ($"{operation.Key.ToUpperInvariant()} {path.Key}", operation.Value!.AsObject());

    public IEnumerable<(string Operation, string Status, JsonObject Response)> Responses =>
        from operation in Operations
        from response in operation.Operation["responses"]!.AsObject()
        select (operation.Name, response.Key, response.Value!.AsObject());

    /// <summary>The component schemas a 2xx response can contain, following references, items and properties.</summary>
    public IReadOnlySet<string> SuccessSchemaNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, status, response) in Responses.Where(r => r.Status.StartsWith('2')))
        {
            foreach (var (_, media) in response["content"]?.AsObject() ?? [])
            {
                Collect(media!["schema"], names);
            }
        }

        return names;
    }

    /// <summary>OpenAPI 3.0 spells it <c>nullable: true</c>, 3.1 as a <c>null</c> in the type list.</summary>
    public static bool IsNullable(JsonObject schema) =>
        schema["nullable"]?.GetValue<bool>() == true
        || (schema["type"] is JsonArray types && types.Any(t => t!.GetValue<string>() == "null"));

    public static IReadOnlyList<string> Required(JsonObject schema) =>
        schema["required"]?.AsArray().Select(name => name!.GetValue<string>()).ToList() ?? [];

    /// <summary>
    /// The C# types behind the response schemas, by schema name: the endpoints' declared response types and the
    /// types of their properties, items and generic arguments, as far as they are the service's own.
    /// </summary>
    public static IReadOnlyDictionary<string, Type> ResponseTypesBySchemaName(IApiDescriptionGroupCollectionProvider apiExplorer)
    {
        var types = new Dictionary<string, Type>(StringComparer.Ordinal);
        var roots = apiExplorer.ApiDescriptionGroups.Items
            .SelectMany(group => group.Items)
            .SelectMany(api => api.SupportedResponseTypes)
            .Where(response => response.StatusCode is >= 200 and < 300 && response.Type is not null)
            .Select(response => response.Type!);
        foreach (var type in roots)
        {
            CollectTypes(type, types);
        }

        return types;
    }

    /// <summary>The C# property a schema property is serialized from.</summary>
    public static PropertyInfo PropertyFor(Type type, string jsonName) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Single(property =>
            (property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
             ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name)) == jsonName);

    private void Collect(JsonNode? node, HashSet<string> names)
    {
        if (node is not JsonObject schema)
        {
            return;
        }

        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference.Split('/')[^1];
            if (names.Add(name))
            {
                Collect(Schemas[name], names);
            }

            return;
        }

        Collect(schema["items"], names);
        Collect(schema["additionalProperties"], names);
        foreach (var (_, property) in schema["properties"]?.AsObject() ?? [])
        {
            Collect(property, names);
        }

        foreach (var composition in new[] { "allOf", "oneOf", "anyOf" })
        {
            foreach (var part in schema[composition]?.AsArray() ?? [])
            {
                Collect(part, names);
            }
        }
    }

    private static void CollectTypes(Type type, Dictionary<string, Type> types)
    {
        foreach (var argument in type.IsArray ? [type.GetElementType()!] : type.GetGenericArguments())
        {
            CollectTypes(argument, types);
        }

        if (type.Assembly.GetName().Name?.StartsWith("Fupin.", StringComparison.Ordinal) != true
            || !types.TryAdd(SchemaNames.For(type), type))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            CollectTypes(property.PropertyType, types);
        }
    }
}
