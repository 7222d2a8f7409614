using Fupin.EventSourced.Api.Errors;

namespace Fupin.EventSourced.Api.Hosting;

public static class RequestSizeLimit
{
    /// <summary>
    /// Refuses a declared body over the limit with a 413 problem before anything reads it. Kestrel enforces the
    /// same limit on bodies sent without a length.
    /// </summary>
    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app, long maxBytes) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > maxBytes)
            {
                await Problems.WriteAsync(context, ErrorCatalogue.TooLarge, $"Request bodies are limited to {maxBytes} bytes.");
                return;
            }

            await next(context);
        });
}
