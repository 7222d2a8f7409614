using Fupin.EventSourced.Api.Hosting;

namespace Fupin.EventSourced.Api.Errors;

public static class ProblemDetailsSetup
{
    /// <summary>
    /// RFC 9457 bodies for every error: thrown exceptions through <see cref="ErrorMap"/>, and bare status codes
    /// (401, 403, 404 for unknown routes, 405, 415, 429) through the status-code-pages middleware. Each problem
    /// carries the request's correlation id.
    /// </summary>
    public static IServiceCollection AddFupinProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["correlationId"] = context.HttpContext.CorrelationId();
            context.ProblemDetails.Extensions.Remove("traceId");
            context.ProblemDetails.Extensions.TryAdd("error", DefaultCode(context.ProblemDetails.Status));
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        return services;
    }

    /// <summary>The <c>error</c> code of problems no code path named, e.g. a 401 from the bearer handler.</summary>
    private static string DefaultCode(int? status) => status switch
    {
        StatusCodes.Status400BadRequest => "request.invalid",
        StatusCodes.Status401Unauthorized => "auth.unauthenticated",
        StatusCodes.Status403Forbidden => "auth.forbidden",
        StatusCodes.Status404NotFound => "route.not-found",
        StatusCodes.Status405MethodNotAllowed => "route.method-not-allowed",
        StatusCodes.Status406NotAcceptable => "request.not-acceptable",
        StatusCodes.Status413PayloadTooLarge => "request.too-large",
        StatusCodes.Status415UnsupportedMediaType => "request.unsupported-media-type",
        StatusCodes.Status429TooManyRequests => "rate.limited",
        _ => "error",
    };
}
