using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Fupin.EventSourced.Api.Hosting.OpenApi;

/// <summary>Marks operations that need a token, with the 401 and 403 they can answer.</summary>
internal sealed class BearerRequirementFilter : IOperationFilter
{
    public const string Scheme = "Bearer";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [],
        });
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No valid bearer token." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The token's role or division does not allow this." });
    }
}
