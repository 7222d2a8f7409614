using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Fupin.EventSourced.Api.Correlation;

namespace Fupin.EventSourced.Api.Errors;

/// <summary>
/// The one problem factory: every error answer of the API is an RFC 9457 document made here, with the catalogue's
/// status, title and <c>error</c> code and the request's <c>correlationId</c>, written as
/// <c>application/problem+json</c> whatever the request's <c>Accept</c> says (a browser asking for HTML gets the
/// same JSON, never a 500).
/// </summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    public static ProblemDetails Create(
        HttpContext context, ApiError error, string? detail, IDictionary<string, string[]>? fieldErrors = null)
    {
        var problem = fieldErrors is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(fieldErrors);
        problem.Status = error.Status;
        problem.Title = error.Title;
        problem.Detail = detail;
        problem.Instance = context.Request.Path;
        problem.Extensions["error"] = error.Code;
        problem.Extensions["correlationId"] = context.CorrelationId();
        return problem;
    }

    /// <summary>Writes the problem as the whole response: status, correlation id header, JSON body.</summary>
    public static async Task WriteAsync(
        HttpContext context, ApiError error, string? detail, IDictionary<string, string[]>? fieldErrors = null)
    {
        var problem = Create(context, error, detail, fieldErrors);
        var response = context.Response;
        response.StatusCode = error.Status;
        response.Headers[CorrelationIds.Header] = context.CorrelationId();
        response.ContentType = ContentType;
        await JsonSerializer.SerializeAsync(response.Body, problem, problem.GetType(), JsonSerializerOptions.Web, context.RequestAborted);
    }

    /// <summary>The problem as an endpoint result, for middleware that ends a request early.</summary>
    public static IResult Result(ApiError error, string? detail, IDictionary<string, string[]>? fieldErrors = null) =>
        new ProblemResult(error, detail, fieldErrors);

    private sealed record ProblemResult(ApiError Error, string? Detail, IDictionary<string, string[]>? FieldErrors) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, Error, Detail, FieldErrors);
    }
}
