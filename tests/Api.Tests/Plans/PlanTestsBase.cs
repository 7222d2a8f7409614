using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Projections.Plans;

namespace Fupin.EventSourced.Api.Tests.Plans;

/// <summary>Callers and reads the plan tests share.</summary>
public abstract class PlanTestsBase(PlansCollection.Fixture api)
{
    protected PlansCollection.Fixture Api { get; } = api;
    protected HttpClient Admin { get; } = api.ClientAs(Roles.Admin, null, userId: "plans-admin");
    protected HttpClient Operator { get; } = api.ClientAs(Roles.Operator, PlansCollection.Province, userId: "county-clerk");
    protected HttpClient Analyst { get; } = api.ClientAs(Roles.Analyst, null);

    /// <summary>An envoy selected by <paramref name="county"/> on <paramref name="on"/>: one <c>EnvoysSelected</c> in that county and year.</summary>
    protected Task<string> EnvoySelected(string county, DateOnly on) => Operator.RegisteredEnvoy(county, on);

    protected async Task<PlanProgress> ProgressAsync(string planId, string division, int year, string query = "")
    {
        await Api.WaitForProjectionsAsync();
        var response = await Analyst.GetAsync($"/api/plans/{planId}/progress/{division}/years/{year}{query}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PlanProgress>(EnvoyScenarios.Json))!;
    }
}
