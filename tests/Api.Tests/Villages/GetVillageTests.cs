using System.Net;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;

namespace Fupin.EventSourced.Api.Tests.Villages;

[Collection(ApiCollection.Name)]
public class GetVillageTests(ApiFixture api)
{
    [Theory]
    [InlineData("370302999999")]
    [InlineData("not-a-code")]
    public async Task An_unknown_village_is_a_404(string code)
    {
        var analyst = api.ClientAs(Roles.Analyst, division: null);

        var response = await analyst.GetAsync($"/api/villages/{code}");

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_village_outside_the_callers_scope_is_a_403_even_when_it_exists()
    {
        var code = await api.ClientAs(Roles.Operator, Codes.OtherCounty).RegisteredVillage(Codes.NewVillage(Codes.OtherCounty));

        var response = await api.ClientAs(Roles.Analyst, Codes.County).GetAsync($"/api/villages/{code}");

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
