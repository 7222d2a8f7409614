using System.Security.Claims;
using Fupin.EventSourced.Api.Security;

namespace Fupin.EventSourced.Api.Tests.Security;

public class DivisionScopeTests
{
    [Theory]
    [InlineData("370000", "370302101001", true)]
    [InlineData("370300", "370302101001", true)]
    [InlineData("370302", "370302101001", true)]
    [InlineData("370302", "370302", true)]
    [InlineData("370302", "370303101001", false)]
    [InlineData("370300", "370402101001", false)]
    [InlineData("370302", "3703", false)]
    public void A_scope_covers_exactly_the_codes_under_its_division(string division, string code, bool covered)
    {
        DivisionScope.TryParse(division, out var scope).Should().BeTrue();

        scope.Covers(code).Should().Be(covered);
    }

    [Theory]
    [InlineData("37030")]
    [InlineData("3703021")]
    [InlineData("000000")]
    [InlineData("37030a")]
    public void A_division_claim_that_is_not_a_6_digit_code_is_refused(string division)
    {
        DivisionScope.Of(Caller(Roles.Analyst, division)).Should().BeNull();
    }

    [Theory]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Admin)]
    public void Readers_and_admins_may_be_unscoped(string role)
    {
        DivisionScope.Of(Caller(role, division: null)).Should().Be(DivisionScope.Unscoped);
    }

    [Theory]
    [InlineData(Roles.Operator)]
    [InlineData(Roles.Finance)]
    public void Operators_and_finance_staff_without_a_division_are_refused(string role)
    {
        DivisionScope.Of(Caller(role, division: null)).Should().BeNull();
    }

    [Fact]
    public void A_token_with_two_roles_an_unknown_role_or_no_user_id_is_refused()
    {
        DivisionScope.Of(Caller(Roles.Analyst, null, extra: new Claim(FupinClaims.Role, Roles.Operator))).Should().BeNull();
        DivisionScope.Of(Caller("superuser", null)).Should().BeNull();
        DivisionScope.Of(Caller(Roles.Analyst, null, subject: null)).Should().BeNull();
        DivisionScope.Of(Caller(Roles.Analyst, "370302", extra: new Claim(FupinClaims.Division, "370303"))).Should().BeNull();
    }

    private static ClaimsPrincipal Caller(string role, string? division, string? subject = "user-1", Claim? extra = null)
    {
        var claims = new List<Claim> { new(FupinClaims.Role, role) };
        if (subject is not null)
        {
            claims.Add(new Claim(FupinClaims.Subject, subject));
        }

        if (division is not null)
        {
            claims.Add(new Claim(FupinClaims.Division, division));
        }

        if (extra is not null)
        {
            claims.Add(extra);
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", FupinClaims.Subject, FupinClaims.Role));
    }
}
