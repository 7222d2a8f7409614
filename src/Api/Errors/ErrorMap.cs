using System.Net.Sockets;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Domain;
using Npgsql;

namespace Fupin.EventSourced.Api.Errors;

/// <summary>
/// The API's one map from exception to RFC 9457 problem: every endpoint throws, none catches. The
/// <c>error</c> extension carries a stable code for clients; 5xx responses never carry exception text outside
/// Development.
/// </summary>
public static class ErrorMap
{
    public static Problem? Map(Exception error) => error switch
    {
        NotFoundException e => new(StatusCodes.Status404NotFound, "Not found", e.Message, e.Code),
        ConflictException e => new(StatusCodes.Status409Conflict, "Conflict", e.Message, e.Code),
        RuleViolationException e => new(StatusCodes.Status422UnprocessableEntity, "Rule violated", e.Message, e.Code),
        RequestException e => new(e.Status, e.Title, e.Message, e.Code),
        ExpectedVersionMismatchException e => new(StatusCodes.Status412PreconditionFailed, "Stale version", e.Message,
            "version.stale"),
        _ when GroupCommitWriter.IsWriteConflict(error) => new(StatusCodes.Status409Conflict, "Concurrent change",
            "Another request changed the same record at the same moment; read it again and retry.",
            "write.conflict"),
        ServiceUnavailableException e => Unavailable(e.Message),
        _ when IsDatabaseUnavailable(error) => Unavailable("The database is not reachable right now; retry shortly."),
        BadHttpRequestException e => new(e.StatusCode, "Bad request", e.Message, "request.invalid"),
        _ => null,
    };

    private static Problem Unavailable(string detail) =>
        new(StatusCodes.Status503ServiceUnavailable, "Service unavailable", detail, "service.unavailable",
            RetryAfterSeconds: 2);

    /// <summary>
    /// PostgreSQL is down, restarting, or refusing connections. A command that fails this way may or may not
    /// have committed; the client retries and gets a definite answer (e.g. 409 for a start that did commit).
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

/// <summary>What <see cref="ErrorMap"/> says about an exception.</summary>
public sealed record Problem(int Status, string Title, string Detail, string Code, int? RetryAfterSeconds = null);

/// <summary>The request itself is unacceptable before any domain logic ran (bad headers, missing preconditions).</summary>
public sealed class RequestException(int status, string title, string message, string code) : Exception(message)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string Code { get; } = code;
}
