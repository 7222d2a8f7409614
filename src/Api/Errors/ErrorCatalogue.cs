using System.Reflection;
using Fupin.EventSourced.Domain;

namespace Fupin.EventSourced.Api.Errors;

/// <summary>One error a client can get: a stable machine-readable code, its HTTP status and a fixed title.</summary>
public sealed record ApiError(string Code, int Status, string Title);

/// <summary>
/// Every <c>error</c> code the API answers with, its status and its title: the frame's own below, and every
/// <see cref="DomainError"/> the Domain declares, at the status of its kind. The README's error table is checked
/// against <see cref="All"/>.
/// </summary>
public static class ErrorCatalogue
{
    public static readonly ApiError RequestInvalid = new("request.invalid", 400, "Invalid request");
    public static readonly ApiError BodyRequired = new("request.body-required", 400, "Request body required");
    public static readonly ApiError VersionInvalid = new("version.invalid", 400, "Invalid If-Match");
    public static readonly ApiError IdempotencyKeyInvalid = new("idempotency.key-invalid", 400, "Invalid Idempotency-Key");
    public static readonly ApiError Unauthenticated = new("auth.unauthenticated", 401, "Unauthenticated");
    public static readonly ApiError Forbidden = new("auth.forbidden", 403, "Forbidden");
    public static readonly ApiError ScopeDenied = new("scope.denied", 403, "Outside the caller's division");
    public static readonly ApiError RouteNotFound = new("route.not-found", 404, "Not found");
    public static readonly ApiError MethodNotAllowed = new("route.method-not-allowed", 405, "Method not allowed");
    public static readonly ApiError WriteConflict = new("write.conflict", 409, "Concurrent change");
    public static readonly ApiError VersionStale = new("version.stale", 412, "Stale version");
    public static readonly ApiError TooLarge = new("request.too-large", 413, "Request body too large");
    public static readonly ApiError UnsupportedMediaType = new("request.unsupported-media-type", 415, "Unsupported media type");
    public static readonly ApiError IdempotencyKeyReused = new("idempotency.key-reused", 422, "Idempotency-Key reused");
    public static readonly ApiError CrossesProvinces = new("command.crosses-provinces", 422, "Command spans provinces");
    public static readonly ApiError VersionRequired = new("version.required", 428, "If-Match required");
    public static readonly ApiError RateLimited = new("rate.limited", 429, "Too many requests");
    public static readonly ApiError Unexpected = new("error.unexpected", 500, "Unexpected error");
    public static readonly ApiError ServiceUnavailable = new("service.unavailable", 503, "Service unavailable");

    private static readonly Lazy<IReadOnlyList<ApiError>> Everything = new(() =>
    [
        .. typeof(ErrorCatalogue).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(ApiError))
            .Select(field => (ApiError)field.GetValue(null)!),
        .. typeof(DomainError).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field.FieldType == typeof(DomainError))
            .Select(field => For((DomainError)field.GetValue(null)!)),
    ]);

    /// <summary>Every code, frame and domain; codes are unique.</summary>
    public static IReadOnlyList<ApiError> All => Everything.Value;

    public static ApiError For(DomainError error) => new(error.Code, error.Kind switch
    {
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Conflict => StatusCodes.Status409Conflict,
        RefusalKind.RuleViolation => StatusCodes.Status422UnprocessableEntity,
        _ => throw new ArgumentOutOfRangeException(nameof(error), error.Kind, "Unknown refusal kind."),
    }, error.Title);

    /// <summary>The error of a bare status no code path named, e.g. a 401 from the bearer handler.</summary>
    public static ApiError ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => RequestInvalid,
        StatusCodes.Status401Unauthorized => Unauthenticated,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => RouteNotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => TooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => RateLimited,
        StatusCodes.Status503ServiceUnavailable => ServiceUnavailable,
        _ => Unexpected with { Status = status },
    };
}
