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

/// <summary>The personal-data keys every test host and API process is configured with (base64 of random-looking bytes).</summary>
public static class TestPersonalDataKeys
{
    public const string MasterKey = "dGVzdC1vbmx5LW1hc3Rlci1rZXktb2YtMzItYnl0ZXM=";
    public const string LookupKey = "dGVzdC1vbmx5LWxvb2t1cC1rZXktZm9yLWhtYWMtc2hhMjU2LWhhc2hlcw==";
}
