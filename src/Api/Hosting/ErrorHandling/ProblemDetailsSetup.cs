using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Fupin.EventSourced.Api.Correlation;

using Fupin.EventSourced.Api.Errors;

namespace Fupin.EventSourced.Api.Hosting.ErrorHandling;

public static partial class ProblemDetailsSetup
{
    /// <summary>
    /// Thrown exceptions are answered through <see cref="ExceptionMap"/> and <see cref="Problems"/>. Problems the
    /// frameworks write themselves (Wolverine's answer to an unreadable body) are given the same shape: the
    /// catalogue's code and title for their status, the correlation id, and outside Development no .NET type names.
    /// </summary>
    public static IServiceCollection AddFupinProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            if (problem.Extensions.ContainsKey("error"))
            {
                return;
            }

            var error = ErrorCatalogue.ForStatus(problem.Status ?? StatusCodes.Status500InternalServerError);
            problem.Type = null;
            problem.Title = error.Title;
            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions.Remove("traceId");
            problem.Extensions["error"] = error.Code;
            problem.Extensions["correlationId"] = context.HttpContext.CorrelationId();
            if (!context.HttpContext.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment())
            {
                problem.Detail = WithoutTypeNames(problem);
            }
        });
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

    /// <summary>What a serializer message says, in client terms: the unknown field or the JSON path, never a .NET type.</summary>
    private static string? WithoutTypeNames(ProblemDetails problem) => problem.Detail switch
    {
        null => null,
        var detail when UnknownMember().Match(detail) is { Success: true } unknown =>
            $"The field '{unknown.Groups[1].Value}' is not part of this operation's body.",
        var detail when JsonPath().Match(detail) is { Success: true } path =>
            $"The request body is not valid JSON for this operation (at {path.Groups[1].Value}).",
        _ => "The request is not valid for this operation.",
    };

    [GeneratedRegex(@"^The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnknownMember();

    [GeneratedRegex(@"Path: (\$[^ |]*)")]
    private static partial Regex JsonPath();
}
