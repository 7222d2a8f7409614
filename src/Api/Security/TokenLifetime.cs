using Microsoft.IdentityModel.JsonWebTokens;

namespace Fupin.EventSourced.Api.Security;

/// <summary>Whether a token's lifetime stays within <see cref="AuthOptions.MaxTokenLifetime"/>.</summary>
public static class TokenLifetime
{
    /// <param name="token">A token whose signature and times the handler has validated.</param>
    /// <param name="now">The server's time, UTC.</param>
    /// <param name="max">The longest lifetime accepted.</param>
    /// <param name="clockSkew">How far the issuer's clock may run ahead of the server's.</param>
    public static bool IsWithin(JsonWebToken token, DateTime now, TimeSpan max, TimeSpan clockSkew)
    {
        // The handler reports an absent time claim as DateTime.MinValue.
        if (token.ValidTo == DateTime.MinValue)
        {
            return false;
        }

        var start = token.IssuedAt != DateTime.MinValue ? token.IssuedAt : token.ValidFrom;
        if (start != DateTime.MinValue && token.ValidTo - start > max)
        {
            return false;
        }

        // Without iat and nbf, or with an iat in the future, the stated lifetime proves nothing: what is left of
        // the token must fit the maximum too.
        return token.ValidTo - now <= max + clockSkew;
    }
}
