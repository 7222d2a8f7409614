using System.Text.Json.Nodes;

namespace Fupin.EventSourced.Api.Tests.Fuzz;

/// <summary>One operation of the service's own OpenAPI document, with what it takes.</summary>
public sealed record OpenApiOperation(
    string Method,
    string Path,
    IReadOnlyList<OpenApiParameter> Parameters,
    JsonObject? BodySchema,
    string? BodySchemaName = null)
{
    public override string ToString() => $"{Method} {Path}";

    public static IReadOnlyList<OpenApiOperation> All(JsonObject document)
    {
        var operations = new List<OpenApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var parameters = (operation!["parameters"]?.AsArray() ?? [])
                    .Select(p => new OpenApiParameter(p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(),
                        p["required"]?.GetValue<bool>() ?? false))
                    .ToList();
                var schema = operation["requestBody"]?["content"]?["application/json"]?["schema"];
                operations.Add(new OpenApiOperation(method.ToUpperInvariant(), path, parameters,
                    schema is null ? null : Resolve(document, schema.AsObject()),
                    schema?["$ref"]?.GetValue<string>().Split('/')[^1].Split('.')[^1]));
            }
        }

        return operations;
    }

    /// <summary>Follows a <c>$ref</c> to its component schema.</summary>
    public static JsonObject Resolve(JsonObject document, JsonObject schema)
    {
        var reference = schema["$ref"]?.GetValue<string>();
        if (reference is null)
        {
            return schema;
        }

        var node = reference.TrimStart('#', '/').Split('/')
            .Aggregate((JsonNode)document, (current, segment) => current[segment]!);
        return node.AsObject();
    }
}

public sealed record OpenApiParameter(string Name, string In, bool Required);
