using System.Security.Claims;
using Fupin.EventSourced.Api.EventStore.Idempotency;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Correlation;

namespace Fupin.EventSourced.Api.EventStore;

/// <summary>
/// Who sent a command, what they may touch, and how to recognise a retry of it. Stamped on every event the
/// command appends (Marten's <c>user_name</c> and <c>correlation_id</c> columns and a <c>role</c> header, beside
/// the server's recorded timestamp); <see cref="Scope"/> is checked against every stream the command reads or
/// writes.
/// </summary>
public sealed record CommandContext(
    string UserId,
    string Role,
    DivisionScope Scope,
    string CorrelationId,
    IdempotencyKey? Idempotency = null)
{
    public const string RoleHeader = "role";

    public static CommandContext From(HttpContext context) =>
        new(context.User.UserId(), context.User.Role(),
            DivisionScope.Of(context.User) ?? throw new InvalidOperationException("The caller's token passed authorization without a scope."),
            context.CorrelationId(), IdempotencyKey.Of(context));
}

internal static class ClaimsPrincipalMetadata
{
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(FupinClaims.Subject) ?? throw new InvalidOperationException("The caller has no user id.");

    public static string Role(this ClaimsPrincipal user) =>
        user.FindFirstValue(FupinClaims.Role) ?? throw new InvalidOperationException("The caller has no role.");
}
