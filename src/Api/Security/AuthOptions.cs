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
