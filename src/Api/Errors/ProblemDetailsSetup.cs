namespace Fupin.EventSourced.Api.Errors;

public static class ProblemDetailsSetup
{
    /// <summary>Thrown exceptions are answered through <see cref="ExceptionMap"/> and <see cref="Problems"/>.</summary>
    public static IServiceCollection AddFupinProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        return services;
    }

    /// <summary>
    /// Bare status codes (401 and 403 from authorization, 404 for unknown routes, 405, 415) get a problem body
    /// from the same factory, with the catalogue's code for the status.
    /// </summary>
    public static IApplicationBuilder UseFupinStatusCodeProblems(this IApplicationBuilder app) =>
        app.UseStatusCodePages(context =>
        {
            var status = context.HttpContext.Response.StatusCode;
            return Problems.WriteAsync(context.HttpContext, ErrorCatalogue.ForStatus(status), null);
        });
}
