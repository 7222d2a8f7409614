using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Fupin.EventSourced.Api.Hosting.OpenApi;

/// <summary>
/// Every error answer is a <see cref="ProblemSchema"/> problem: this adds the error responses that the
/// pipeline, not the endpoint, can produce (503 anywhere, 429 where rate limited, 400/413/415 where a body is
/// read), then gives every 4xx and 5xx response, declared or added, the one problem content. Runs after the
/// filters that add responses of their own, such as <see cref="BearerRequirementFilter"/>.
/// </summary>
internal sealed class ProblemResponsesFilter : IOperationFilter
{
    private const string RetryAfter = "Retry-After";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        if (operation.RequestBody is not null)
        {
            operation.Responses.TryAdd("400", new OpenApiResponse
            {
                Description = "The body is not valid JSON, has an unknown field, or a field is invalid (`errors` names each).",
            });
            operation.Responses.TryAdd("413", new OpenApiResponse { Description = "The body is larger than the size limit." });
            operation.Responses.TryAdd("415", new OpenApiResponse { Description = "The body is not `application/json`." });
        }

        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            operation.Responses.TryAdd("429", WithRetryAfter("Too many commands from this user; retry after `Retry-After` seconds."));
        }

        operation.Responses.TryAdd("503", WithRetryAfter(
            "The database is unreachable or restarting; retry after `Retry-After` seconds (`service.unavailable`)."));

        foreach (var (status, response) in operation.Responses)
        {
            if (status.StartsWith('4') || status.StartsWith('5'))
            {
                var concrete = response as OpenApiResponse ?? throw new InvalidOperationException(
                    $"Response {status} of {context.ApiDescription.RelativePath} is a reference; describe it inline.");
                concrete.Content = new Dictionary<string, IOpenApiMediaType>(StringComparer.Ordinal)
                {
                    [ProblemSchema.ContentType] = new OpenApiMediaType { Schema = ProblemSchema.Reference(context.SchemaRepository, context.Document) },
                };
            }
        }
    }

    private static OpenApiResponse WithRetryAfter(string description) => new()
    {
        Description = description,
        Headers = new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal)
        {
            [RetryAfter] = new OpenApiHeader
            {
                Description = "Seconds to wait before retrying.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            },
        },
    };
}
