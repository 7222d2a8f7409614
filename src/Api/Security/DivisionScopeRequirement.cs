using Microsoft.AspNetCore.Authorization;

namespace Fupin.EventSourced.Api.Security;

/// <summary>
/// The caller's token has an acceptable role and division, and the division covers the route's
/// <c>{villageCode}</c> or <c>{countyCode}</c> when it has one.
/// </summary>
public sealed class DivisionScopeRequirement : IAuthorizationRequirement;

internal sealed class DivisionScopeHandler : AuthorizationHandler<DivisionScopeRequirement>
{
    /// <summary>Route parameters that address a division; endpoints name them so to be scope-checked.</summary>
    public static IReadOnlyList<string> ScopedRouteParameters { get; } = ["villageCode", "countyCode"];

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DivisionScopeRequirement requirement)
    {
        var scope = DivisionScope.Of(context.User);
        if (scope is null)
        {
            context.Fail(new AuthorizationFailureReason(this, "The token's role or division is not acceptable."));
            return Task.CompletedTask;
        }

        var routeValues = (context.Resource as HttpContext)?.Request.RouteValues;
        foreach (var parameter in ScopedRouteParameters)
        {
            if (routeValues?.TryGetValue(parameter, out var value) == true && !scope.Covers(value as string))
            {
                context.Fail(new AuthorizationFailureReason(this, "The division is outside the caller's scope."));
                return Task.CompletedTask;
            }
        }

        context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
