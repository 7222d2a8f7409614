using System.Net.Sockets;
using System.Text.Json;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.EventStore.Idempotency;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using Npgsql;

using Fupin.EventSourced.Api.Errors;

namespace Fupin.EventSourced.Api.Hosting.ErrorHandling;

/// <summary>
/// The API's one map from exception to catalogued error: every endpoint throws, none catches. Components own their
/// exceptions (the door its version and idempotency errors, security its scope error); this map depends on them.
/// </summary>
public static class ExceptionMap
{
    public static MappedError? Map(Exception error, bool development) => error switch
    {
        DomainException e => new(ErrorCatalogue.For(e.Error), e.Message),
        RequestException e => new(e.Error, e.Message),
        ExpectedVersionMismatchException e => new(ErrorCatalogue.VersionStale, e.Message),
        ScopeDeniedException e => new(ErrorCatalogue.ScopeDenied, e.Message),
        IdempotencyKeyReusedException e => new(ErrorCatalogue.IdempotencyKeyReused, e.Message),
        CrossProvinceException e => new(ErrorCatalogue.CrossesProvinces, e.Message),
        _ when GroupCommitWriter.IsWriteConflict(error) => new(ErrorCatalogue.WriteConflict,
            "Another request changed the same record at the same moment; read it again and retry."),
        ServiceUnavailableException e => new(ErrorCatalogue.ServiceUnavailable, e.Message, RetryAfterSeconds: 2),
        _ when IsDatabaseUnavailable(error) => new(ErrorCatalogue.ServiceUnavailable,
            "The database is not reachable right now; retry shortly.", RetryAfterSeconds: 2),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new(ErrorCatalogue.TooLarge,
            "The request body is larger than the limit."),
        BadHttpRequestException e => new(ErrorCatalogue.RequestInvalid, development ? e.Message : Unreadable(e)),
        _ => null,
    };

    /// <summary>
    /// What was wrong with an unreadable body, without naming .NET types (the serializer's own message does): the
    /// JSON path where reading stopped, when there is one.
    /// </summary>
    private static string Unreadable(BadHttpRequestException error) =>
        error.InnerException is JsonException { Path: { Length: > 0 } path }
            ? $"The request body is not valid JSON for this operation (at {path})."
            : "The request body is not valid JSON for this operation.";

    /// <summary>
    /// PostgreSQL is down, restarting, or refusing connections. A command that fails this way may or may not
    /// have committed; the client retries (with its Idempotency-Key) and gets a definite answer.
    /// </summary>
    private static bool IsDatabaseUnavailable(Exception error) => error switch
    {
        PostgresException e => e.SqlState.StartsWith("08", StringComparison.Ordinal)
                               || e.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                                   or PostgresErrorCodes.CannotConnectNow,
        NpgsqlException { InnerException: SocketException or TimeoutException or IOException or EndOfStreamException } => true,
        NpgsqlException e when e.IsTransient => true,
        SocketException or TimeoutException => true,
        _ when error.InnerException is { } inner => IsDatabaseUnavailable(inner),
        _ => false,
    };
}

/// <summary>What <see cref="ExceptionMap"/> says about an exception.</summary>
public sealed record MappedError(ApiError Error, string Detail, int? RetryAfterSeconds = null);
