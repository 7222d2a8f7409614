using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Fupin.EventSourced.Api.Security;

/// <summary>
/// What a validly signed token must also satisfy before its caller counts as authenticated. A failure here is
/// a 401 like any bad token, before authorization or any endpoint sees the caller.
/// </summary>
public static class BearerTokenChecks
{
    public static JwtBearerEvents Events(AuthOptions auth) => new()
    {
        OnTokenValidated = context =>
        {
            if (Refusal(context, auth) is { } reason)
            {
                context.Fail(reason);
            }

            return Task.CompletedTask;
        },
    };

    private static string? Refusal(TokenValidatedContext context, AuthOptions auth)
    {
        if (context.Principal is not { } user || !PrintableIdentity.Holds(user))
        {
            return "The token's sub, role or division contains control or formatting characters.";
        }

        var now = (context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        if (context.SecurityToken is not JsonWebToken token
            || !TokenLifetime.IsWithin(token, now, auth.MaxTokenLifetime, context.Options.TokenValidationParameters.ClockSkew))
        {
            return $"The token has no expiry or lives longer than {auth.MaxTokenLifetime}.";
        }

        return null;
    }
}
