using Microsoft.AspNetCore.Authorization;

namespace Fupin.EventSourced.Api.Security;

/// <summary>
/// The caller's token has an acceptable role and division, and the division covers every route parameter as
/// <see cref="RouteParameters"/> declares it. A parameter it does not declare is refused.
/// </summary>
public sealed class DivisionScopeRequirement : IAuthorizationRequirement;

internal sealed class DivisionScopeHandler(StreamDivisions streams) : AuthorizationHandler<DivisionScopeRequirement>
{
    public const string OutOfScope = "The division is outside the caller's scope.";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, DivisionScopeRequirement requirement)
    {
        var scope = DivisionScope.Of(context.User);
        if (scope is null)
        {
            context.Fail(new AuthorizationFailureReason(this, "The token's role or division is not acceptable."));
            return;
        }

        var http = context.Resource as HttpContext;
        foreach (var (name, value) in http?.Request.RouteValues ?? [])
        {
            var failure = await Check(scope, name, value as string, http!.RequestAborted);
            if (failure is not null)
            {
                context.Fail(new AuthorizationFailureReason(this, failure));
                return;
            }
        }

        context.Succeed(requirement);
    }

    private async Task<string?> Check(DivisionScope scope, string parameter, string? value, CancellationToken cancellation) =>
        RouteParameters.Declared.GetValueOrDefault(parameter) switch
        {
            null => $"The route parameter {{{parameter}}} is not declared in {nameof(RouteParameters)}.",
            RouteParameterScope.DivisionCode => scope.Covers(value) ? null : OutOfScope,
            RouteParameterScope.StreamDivision stream when value is not null && !scope.IsUnscoped =>
                await streams.FindAsync(stream.StateType, value, cancellation) is { } division && !scope.Covers(division)
                    ? OutOfScope
                    : null,
            _ => null,
        };
}
