using Fupin.EventSourced.Api.Security;

namespace Fupin.EventSourced.TestKit;

/// <summary>Bearer tokens signed with the key every test host is configured with.</summary>
public static class TestTokens
{
    public const string SigningKey = "test-signing-key-that-is-at-least-32-bytes-long";

    private static readonly TokenIssuer Issuer = new(new AuthOptions { SigningKey = SigningKey });

    public static string For(string role, string? division, string? userId = null) =>
        Issuer.Issue(userId ?? $"{role}-{division ?? "all"}", role, division, TimeSpan.FromHours(1));
}
