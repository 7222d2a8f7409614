using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Fupin.EventSourced.Api.Security;

/// <summary>
/// Mints tokens signed with the configured key. Production tokens come from the organisation's identity
/// provider; this serves the <c>dev-token</c> command, the test suite and the benchmark.
/// </summary>
public sealed class TokenIssuer(AuthOptions options)
{
    public string Issue(string userId, string role, string? division, TimeSpan lifetime)
    {
        var claims = new Dictionary<string, object>
        {
            [FupinClaims.Subject] = userId,
            [FupinClaims.Role] = role,
        };
        if (division is not null)
        {
            claims[FupinClaims.Division] = division;
        }

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(options.Key(), SecurityAlgorithms.HmacSha256),
        });
    }
}
