namespace Fupin.EventSourced.Api.Errors;

/// <summary>The request itself is unacceptable before any domain logic ran (bad headers, missing preconditions).</summary>
public sealed class RequestException(ApiError error, string message) : Exception(message)
{
    public ApiError Error { get; } = error;
}
