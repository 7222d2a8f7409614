using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Fupin.EventSourced.Api.Hosting.OpenApi;

/// <summary>
/// A command endpoint returns an <see cref="IResult"/> (the command door's answer), from which the framework infers
/// a 200 beside the 201 the endpoint declares. The success statuses an endpoint declares are the ones it answers.
/// </summary>
internal sealed class DeclaredSuccessFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var declared = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ProducesResponseTypeAttribute>()
            .Select(attribute => attribute.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Where(status => status.StartsWith('2'))
            .ToHashSet(StringComparer.Ordinal);
        if (declared.Count == 0 || operation.Responses is null)
        {
            return;
        }

        foreach (var status in operation.Responses.Keys.Where(s => s.StartsWith('2') && !declared.Contains(s)).ToList())
        {
            operation.Responses.Remove(status);
        }
    }
}
