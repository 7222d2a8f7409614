using Microsoft.AspNetCore.Diagnostics;

using Fupin.EventSourced.Api.Errors;

namespace Fupin.EventSourced.Api.Hosting.ErrorHandling;

/// <summary>Writes <see cref="ExceptionMap"/>'s answer; anything unmapped is a logged 500 with no internals.</summary>
public sealed partial class ProblemDetailsExceptionHandler(
    IHostEnvironment environment,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        var mapped = ExceptionMap.Map(exception, environment.IsDevelopment());
        if (mapped is null)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            await Problems.WriteAsync(httpContext, ErrorCatalogue.Unexpected, environment.IsDevelopment()
                ? exception.ToString()
                : "The error was logged; quote the correlation id when reporting it.");
            return true;
        }

        if (mapped.RetryAfterSeconds is { } seconds)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (mapped.Error.Status >= 500)
        {
            LogUnavailable(logger, exception.GetType().Name, exception.Message);
        }

        await Problems.WriteAsync(httpContext, mapped.Error, mapped.Detail);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception error, string method, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answered 503: {ErrorType}: {Message}")]
    private static partial void LogUnavailable(ILogger logger, string errorType, string message);
}
