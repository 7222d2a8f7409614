using System.Net;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.TestKit;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Fupin.EventSourced.Api.Tests.Security;

/// <summary>
/// A token may live at most <c>Auth:MaxTokenLifetime</c> (24 hours by default), so a leaked token stops working
/// within a day however its issuer was configured.
/// </summary>
[Collection(ApiCollection.Name)]
public class TokenLifetimeTests(ApiFixture api)
{
    private static readonly DateTime Now = DateTime.UtcNow;

    public static TheoryData<string, string> OverlongTokens() => new()
    {
        { "30 days from iat", Issue(TimeSpan.FromDays(30)) },
        { "30 days from nbf, no iat", Signed(issuedAt: null, notBefore: Now, expires: Now.AddDays(30)) },
        { "no exp", Signed(issuedAt: Now, notBefore: Now, expires: null) },
        { "48 hours left, no iat or nbf", Signed(issuedAt: null, notBefore: null, expires: Now.AddHours(48)) },
        { "issued in the future to look short", Signed(issuedAt: Now.AddDays(29), notBefore: null, expires: Now.AddDays(30)) },
    };

    public static TheoryData<string, string> BoundedTokens() => new()
    {
        { "24 hours from iat", Issue(TimeSpan.FromHours(24)) },
        { "1 hour from nbf, no iat", Signed(issuedAt: null, notBefore: Now, expires: Now.AddHours(1)) },
        { "1 hour left, no iat or nbf", Signed(issuedAt: null, notBefore: null, expires: Now.AddHours(1)) },
    };

    [Theory]
    [MemberData(nameof(OverlongTokens))]
    public async Task A_token_living_longer_than_the_maximum_or_forever_is_a_401(string why, string token)
    {
        var response = await ClientWith(token).GetAsync($"/api/villages/{Codes.NewVillage()}");

        await response.ShouldBeProblem(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        response.Headers.WwwAuthenticate.Should().ContainSingle(why).Which.ToString().Should().Be("Bearer");
    }

    [Theory]
    [MemberData(nameof(BoundedTokens))]
    public async Task A_token_within_the_maximum_lifetime_is_accepted(string why, string token)
    {
        var response = await ClientWith(token).GetAsync($"/api/villages/{Codes.NewVillage()}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound, why);
        await response.ShouldBeProblem(HttpStatusCode.NotFound, "village.not-found");
    }

    private HttpClient ClientWith(string token)
    {
        var client = api.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    private static string Issue(TimeSpan lifetime) =>
        new TokenIssuer(new AuthOptions { SigningKey = TestTokens.SigningKey })
            .Issue("someone", Roles.Operator, Codes.County, lifetime);

    /// <summary>A token with exactly the times given; the issuer would always set all three.</summary>
    private static string Signed(DateTime? issuedAt, DateTime? notBefore, DateTime? expires)
    {
        var options = new AuthOptions { SigningKey = TestTokens.SigningKey };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Claims = new Dictionary<string, object>
            {
                [FupinClaims.Subject] = "someone",
                [FupinClaims.Role] = Roles.Operator,
                [FupinClaims.Division] = Codes.County,
            },
            IssuedAt = issuedAt,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(options.Key(), SecurityAlgorithms.HmacSha256),
        });
    }
}
