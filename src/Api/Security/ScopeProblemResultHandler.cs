using Fupin.EventSourced.Api.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Fupin.EventSourced.Api.Security;

/// <summary>A 403 because a route parameter lies outside the caller's division says so (<c>scope.denied</c>), not just "forbidden".</summary>
internal sealed class ScopeProblemResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailureReasons.Any(r => r.Message == DivisionScopeHandler.OutOfScope) == true)
        {
            return Problems.WriteAsync(context, ErrorCatalogue.ScopeDenied, "The division this request addresses is outside the caller's scope.");
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
