using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Fupin.EventSourced.Api.Hosting.OpenApi;

/// <summary>
/// A property whose type has a schema of its own (a record, an enum) is written as a bare <c>$ref</c>, which cannot
/// say "or null" in OpenAPI 3.0. When the C# property is nullable, wrap the reference (<c>allOf</c>) and mark it
/// nullable, so a generated client types it as <c>HelperView | null</c>.
/// </summary>
internal sealed class NullableReferenceFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties } || context.Type is null)
        {
            return;
        }

        var nullability = new NullabilityInfoContext();
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (properties.TryGetValue(name, out var propertySchema) && propertySchema is OpenApiSchemaReference reference
                && (Nullable.GetUnderlyingType(property.PropertyType) is not null
                    || nullability.Create(property).ReadState == NullabilityState.Nullable))
            {
                properties[name] = new OpenApiSchema { AllOf = [reference], Type = JsonSchemaType.Null };
            }
        }
    }
}
