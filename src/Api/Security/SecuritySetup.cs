using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace Fupin.EventSourced.Api.Security;

public static class SecuritySetup
{
    /// <summary>JWT bearer authentication, the role-and-scope policies, and deny-by-default.</summary>
    public static IServiceCollection AddFupinSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var auth = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new();
        var key = auth.Key();
        if (auth.MaxTokenLifetime <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Auth:MaxTokenLifetime must be positive, e.g. 24:00:00.");
        }

        services.AddSingleton(auth);
        services.AddSingleton<TokenIssuer>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;

                // WWW-Authenticate says only "Bearer": why a token failed (expired, unknown key, bad signature)
                // helps no honest client and guides whoever is forging one. The handler still logs the reason
                // (at Information).
                options.IncludeErrorDetails = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = auth.Issuer,
                    ValidAudience = auth.Audience,
                    IssuerSigningKey = key,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = FupinClaims.Subject,
                    RoleClaimType = FupinClaims.Role,
                    RequireExpirationTime = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                options.Events = BearerTokenChecks.Events(auth);
            });

        services.AddAuthorization(Policies.Configure);
        services.AddSingleton<IAuthorizationHandler, DivisionScopeHandler>();
        services.AddSingleton<StreamDivisions>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ScopeProblemResultHandler>();
        return services;
    }
}
