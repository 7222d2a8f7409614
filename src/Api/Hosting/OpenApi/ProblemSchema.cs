using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Fupin.EventSourced.Api.Hosting.OpenApi;

/// <summary>
/// The one schema of every error answer, <c>#/components/schemas/Problem</c>: an RFC 9457 problem with the
/// members this API adds to each (<c>error</c>, <c>correlationId</c>) and, on validation failures, <c>errors</c>.
/// Written by hand rather than generated from <c>ProblemDetails</c>, whose extensions are an untyped dictionary.
/// </summary>
public static class ProblemSchema
{
    public const string Name = "Problem";
    public const string ContentType = "application/problem+json";

    /// <summary>
    /// A reference to the schema, adding it to the document on first use. Its name is reserved like a
    /// generated type's, so a C# type that would also be called <c>Problem</c> fails document generation.
    /// </summary>
    public static OpenApiSchemaReference Reference(SchemaRepository schemas, OpenApiDocument document)
    {
        if (!schemas.TryLookupByType(typeof(ProblemSchema), out _))
        {
            schemas.RegisterType(typeof(ProblemSchema), Name);
            schemas.AddDefinition(Name, Create());
        }

        return new OpenApiSchemaReference(Name, document);
    }

    private static OpenApiSchema Create() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An RFC 9457 problem: what went wrong, with a stable code to act on and the correlation id to quote.",
        Required = new HashSet<string>(StringComparer.Ordinal) { "status", "error", "correlationId" },
        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["type"] = Text("A URI reference identifying the problem type."),
            ["title"] = Text("A short, human-readable summary of the problem type."),
            ["status"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Format = "int32",
                Description = "The HTTP status code, repeated from the response.",
            },
            ["detail"] = Text("What went wrong with this request, for a person to read."),
            ["instance"] = Text("The request path the problem occurred on."),
            ["error"] = Text("A stable, machine-readable code to act on, e.g. `village.not-found` or `version.stale`."),
            ["correlationId"] = Text("The request's correlation id (also in the `X-Correlation-Id` header); quote it when reporting a problem."),
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Only on 400 validation problems: the messages for each invalid field, by field name.",
                AdditionalProperties = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Items = new OpenApiSchema { Type = JsonSchemaType.String },
                },
            },
        },
    };

    private static OpenApiSchema Text(string description) =>
        new() { Type = JsonSchemaType.String, Description = description };
}
