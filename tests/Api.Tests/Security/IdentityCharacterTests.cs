using System.Net;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.TestKit;

namespace Fupin.EventSourced.Api.Tests.Security;

/// <summary>
/// A validly signed token whose identity carries invisible or control characters is refused at authentication:
/// such a user id would be stamped on events (PostgreSQL refuses a NUL in text) and shown to auditors
/// reordered or hidden.
/// </summary>
[Collection(ApiCollection.Name)]
public class IdentityCharacterTests(ApiFixture api)
{
    private static readonly TokenIssuer Issuer = new(new AuthOptions { SigningKey = TestTokens.SigningKey });

    public static TheoryData<string, string, string?> HostileIdentities() => new()
    {
        { "li\u0000na", Roles.Operator, Codes.County },
        { "li\u0007na", Roles.Operator, Codes.County },
        { "li\u007Fna", Roles.Operator, Codes.County },
        { "li\u0085na", Roles.Operator, Codes.County },
        { "admin\u202Eanil", Roles.Operator, Codes.County },
        { "\u202Ali.na", Roles.Operator, Codes.County },
        { "li.na\u2066", Roles.Operator, Codes.County },
        { "li.na\u2069", Roles.Operator, Codes.County },
        { "li\u200Ena", Roles.Operator, Codes.County },
        { "li\u200Fna", Roles.Operator, Codes.County },
        { "li\u061Cna", Roles.Operator, Codes.County },
        { "li\u200Bna", Roles.Operator, Codes.County },
        { "li\uFEFFna", Roles.Operator, Codes.County },
        { "li\U000E0041na", Roles.Operator, Codes.County },
        { "li.na", Roles.Operator + "\u0000", Codes.County },
        { "li.na", Roles.Operator, Codes.County + "\u202E" },
    };

    [Theory]
    [MemberData(nameof(HostileIdentities), DisableDiscoveryEnumeration = true)]
    public async Task A_token_whose_identity_has_control_or_format_characters_is_a_401(string userId, string role, string? division)
    {
        var before = await api.HighWaterMarkAsync();

        var response = await ClientWith(Issuer.Issue(userId, role, division, TimeSpan.FromHours(1)))
            .PostRegistration(VillageScenarios.NewRegistration());

        await response.ShouldBeProblem(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Theory]
    [InlineData("li.na")]
    [InlineData("张伟")]
    [InlineData("𠀀伟")]
    [InlineData("o'brien@example.org")]
    public async Task A_token_whose_identity_is_printable_in_any_script_is_accepted(string userId)
    {
        var response = await ClientWith(Issuer.Issue(userId, Roles.Operator, Codes.County, TimeSpan.FromHours(1)))
            .PostRegistration(VillageScenarios.NewRegistration());

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private HttpClient ClientWith(string token)
    {
        var client = api.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }
}
