using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Fupin.EventSourced.Api.Security;

/// <summary>
/// What a validly signed token must also satisfy before its caller counts as authenticated. A failure here is
/// a 401 like any bad token, before authorization or any endpoint sees the caller.
/// </summary>
public static class BearerTokenChecks
{
    public static Task OnTokenValidated(TokenValidatedContext context)
    {
        if (context.Principal is not { } user || !PrintableIdentity.Holds(user))
        {
            context.Fail("The token's sub, role or division contains control or formatting characters.");
        }

        return Task.CompletedTask;
    }
}
