using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Fupin.EventSourced.Api.Hosting.OpenApi;

/// <summary>
/// Declares the document's tags with their descriptions, in <see cref="ApiTags"/> order. Only tags in use are
/// declared: Swagger UI would show an empty section for each resource that has no endpoint yet.
/// </summary>
internal sealed class ApiTagsDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var used = swaggerDoc.Tags?.Select(tag => tag.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        swaggerDoc.Tags = ApiTags.All
            .Where(tag => used.Contains(tag.Name))
            .Select(tag => new OpenApiTag { Name = tag.Name, Description = tag.Description })
            .ToHashSet();
    }
}
