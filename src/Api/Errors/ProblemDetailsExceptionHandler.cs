using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Fupin.EventSourced.Api.Errors;

/// <summary>Writes <see cref="ErrorMap"/>'s answer; anything unmapped is a logged 500 with no internals.</summary>
public sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    IHostEnvironment environment,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        var problem = ErrorMap.Map(exception);
        var details = problem is null
            ? new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Unexpected error",
                Detail = environment.IsDevelopment()
                    ? exception.ToString()
                    : "The error was logged; quote the correlation id when reporting it.",
            }
            : new ProblemDetails { Status = problem.Status, Title = problem.Title, Detail = problem.Detail };

        if (problem is null)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }
        else
        {
            details.Extensions["error"] = problem.Code;
            if (problem.RetryAfterSeconds is { } seconds)
            {
                httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (problem.Status >= 500)
            {
                LogUnavailable(logger, exception.GetType().Name, exception.Message);
            }
        }

        httpContext.Response.StatusCode = details.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = details,
            Exception = exception,
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception error, string method, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answered 503: {ErrorType}: {Message}")]
    private static partial void LogUnavailable(ILogger logger, string errorType, string message);
}
