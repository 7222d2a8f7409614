using System.Net;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.TestKit;

namespace Fupin.EventSourced.Api.Tests.Security;

[Collection(ApiCollection.Name)]
public class TokenValidationTests(ApiFixture api)
{
    public static TheoryData<string, string> UnacceptableTokens() => new()
    {
        { "signed with another key", Issue(new AuthOptions { SigningKey = new string('k', 40) }, TimeSpan.FromHours(1)) },
        { "from another issuer", Issue(new AuthOptions { SigningKey = TestTokens.SigningKey, Issuer = "elsewhere" }, TimeSpan.FromHours(1)) },
        { "for another audience", Issue(new AuthOptions { SigningKey = TestTokens.SigningKey, Audience = "other-api" }, TimeSpan.FromHours(1)) },
        { "expired", Issue(new AuthOptions { SigningKey = TestTokens.SigningKey }, TimeSpan.FromMinutes(-5)) },
        { "not a JWT", "not-a-token" },
    };

    [Theory]
    [MemberData(nameof(UnacceptableTokens))]
    public async Task An_unacceptable_token_is_a_401_problem(string why, string token)
    {
        var client = api.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var response = await client.PostRegistration(VillageScenarios.NewRegistration());

        await response.ShouldBeProblem(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        response.Headers.WwwAuthenticate.Should().ContainSingle(why)
            .Which.ToString().Should().Be("Bearer", "why a token failed helps only whoever forges one");
    }

    private static string Issue(AuthOptions options, TimeSpan lifetime) =>
        new TokenIssuer(options).Issue("someone", Roles.Operator, Codes.County, lifetime);
}
