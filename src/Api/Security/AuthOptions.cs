using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Fupin.EventSourced.Api.Security;

/// <summary>Configuration section <c>Auth</c>: how bearer tokens are validated (and, for development, minted).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "fupin-eventsourced";
    public string Audience { get; set; } = "fupin-api";

    /// <summary>HMAC-SHA256 key, at least 32 bytes of UTF-8. Required; Development has one in its appsettings.</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>
    /// Longest a token may live, from its <c>iat</c> (its <c>nbf</c> when it has no <c>iat</c>) to its <c>exp</c>,
    /// and longest it may still have to run when presented. Longer-lived tokens and tokens without <c>exp</c> are
    /// refused, so a leaked token stops working within this time whatever the identity provider issued.
    /// Default 24 hours; <c>dev-token</c> may not ask for more.
    /// </summary>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromHours(24);

    public SymmetricSecurityKey Key()
    {
        var bytes = Encoding.UTF8.GetBytes(SigningKey);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException(
                "Auth:SigningKey must be set to at least 32 bytes (environment: Auth__SigningKey).");
        }

        return new SymmetricSecurityKey(bytes);
    }
}
