using System.Security.Claims;
using Fupin.EventSourced.Api.Hosting;
using Fupin.EventSourced.Api.Security;

namespace Fupin.EventSourced.Api.EventStore;

/// <summary>
/// Who sent a command and under which correlation id. Stamped on every event the command appends: Marten's
/// <c>user_name</c> and <c>correlation_id</c> columns and a <c>role</c> header, beside the server's recorded
/// timestamp.
/// </summary>
public sealed record CommandMetadata(string UserId, string Role, string CorrelationId)
{
    public const string RoleHeader = "role";

    public static CommandMetadata From(HttpContext context) =>
        new(context.User.UserId(), context.User.Role(), context.CorrelationId());
}

internal static class ClaimsPrincipalMetadata
{
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(FupinClaims.Subject) ?? throw new InvalidOperationException("The caller has no user id.");

    public static string Role(this ClaimsPrincipal user) =>
        user.FindFirstValue(FupinClaims.Role) ?? throw new InvalidOperationException("The caller has no role.");
}
