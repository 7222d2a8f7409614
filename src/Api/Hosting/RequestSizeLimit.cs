using Microsoft.AspNetCore.Mvc;

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
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = "Request body too large",
                        Detail = $"Request bodies are limited to {maxBytes} bytes.",
                        Extensions = { ["error"] = "request.too-large" },
                    },
                });
                return;
            }

            await next(context);
        });
}
