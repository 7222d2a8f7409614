using Microsoft.AspNetCore.Http.Metadata;
using Fupin.EventSourced.Api.Errors;
using Microsoft.Net.Http.Headers;

namespace Fupin.EventSourced.Api.Hosting;

public static class JsonContentType
{
    /// <summary>
    /// Refuses with a 415 problem, before anything reads the body, a command to an endpoint that takes a JSON body
    /// when the request does not say its body is JSON (<c>application/json</c> or <c>application/*+json</c>).
    /// Wolverine would read a body sent without <c>Content-Type</c> as JSON, so what a client sent and what the
    /// service understood could differ.
    /// </summary>
    public static IApplicationBuilder UseJsonContentType(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsCommand(context.Request.Method) && TakesJson(context.GetEndpoint()) && !IsJson(context.Request.ContentType))
            {
                await Problems.WriteAsync(context, ErrorCatalogue.UnsupportedMediaType,
                    "Send the body as JSON with Content-Type: application/json.");
                return;
            }

            await next(context);
        });

    private static bool IsCommand(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static bool TakesJson(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts && accepts.ContentTypes.Any(IsJson);

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.Type.Equals("application", StringComparison.OrdinalIgnoreCase)
        && (media.SubType.Equals("json", StringComparison.OrdinalIgnoreCase)
            || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
}
