using Microsoft.Net.Http.Headers;

namespace Fupin.EventSourced.Api.Hosting;

public static class ContentNegotiation
{
    /// <summary>
    /// The API has one representation, JSON, so it disregards <c>Accept</c> (RFC 9110 §12.5.1 lets a server do so
    /// rather than answer 406). Without this, Wolverine answered a command sent with a browser's
    /// <c>Accept: text/html</c> with 406 instead of doing it, or refusing it for its real reason.
    /// </summary>
    public static IApplicationBuilder UseJsonOnly(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Request.Headers[HeaderNames.Accept] = "application/json";
            return next(context);
        });
}
