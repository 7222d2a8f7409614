using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Envoys.CorrectingDetails;
using Fupin.EventSourced.Domain.Envoys.Registering;

namespace Fupin.EventSourced.Api.Tests.Envoys;

/// <summary>An envoy's phone is personal data: in full for operators and admins, masked for everyone else.</summary>
[Collection(ApiCollection.Name)]
public class PhoneVisibilityTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Theory]
    [InlineData(Roles.Operator, Codes.County, "13812341234")]
    [InlineData(Roles.Admin, null, "13812341234")]
    [InlineData(Roles.Admin, Codes.City, "13812341234")]
    [InlineData(Roles.Analyst, Codes.County, "138****1234")]
    [InlineData(Roles.Analyst, null, "138****1234")]
    [InlineData(Roles.Auditor, null, "138****1234")]
    [InlineData(Roles.Finance, Codes.County, "138****1234")]
    public async Task The_envoys_phone_is_shown_in_full_only_to_operators_and_admins(string role, string? division, string shown)
    {
        var envoyId = await _operator.RegisteredEnvoy();

        var (envoy, _) = await api.ClientAs(role, division).GetEnvoy(envoyId);

        envoy.Phone.Should().Be(shown);
    }

    [Fact]
    public async Task The_auditors_history_shows_every_phone_in_the_events_masked_and_the_rest_as_recorded()
    {
        var envoyId = await _operator.RegisteredEnvoy();
        (await _operator.PostCorrection(envoyId, new CorrectEnvoyDetails("new number", Phone: "13912345678"), "\"1\""))
            .EnsureSuccessStatusCode();
        (await _operator.PostCorrection(envoyId, new CorrectEnvoyDetails("typo", Title: "研究员"), "\"2\"")).EnsureSuccessStatusCode();

        var response = await api.ClientAs(Roles.Auditor, division: null).GetAsync($"/api/envoys/{envoyId}/history");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("138****1234").And.Contain("139****5678").And.Contain("研究员");
        body.Should().NotContain("13812341234").And.NotContain("13912345678");
        var history = (await response.Content.ReadFromJsonAsync<List<RecordedEvent>>())!;
        history.Select(e => (e.Version, e.Type, e.Role)).Should().Equal(
            (1L, "envoy_registered", Roles.Operator), (2L, "envoy_details_corrected", Roles.Operator),
            (3L, "envoy_details_corrected", Roles.Operator));
        history.Should().OnlyContain(e => e.RecordedBy == $"{Roles.Operator}-{Codes.County}" && e.CorrelationId != null);
    }

    [Fact]
    public async Task The_stored_events_keep_the_phone_in_full()
    {
        var envoyId = await _operator.RegisteredEnvoy();

        await using var session = api.Store.QuerySession();
        var registered = (await session.Events.FetchStreamAsync(envoyId)).Should().ContainSingle().Subject;
        registered.Data.Should().BeOfType<EnvoyRegistered>().Which.Phone.Should().Be("13812341234");
    }

    [Fact]
    public async Task Only_auditors_read_an_envoys_history()
    {
        var envoyId = await _operator.RegisteredEnvoy();

        var response = await _operator.GetAsync($"/api/envoys/{envoyId}/history");

        await response.ShouldBeProblem(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task The_village_history_refuses_an_envoy_id()
    {
        var envoyId = await _operator.RegisteredEnvoy();

        var response = await api.ClientAs(Roles.Auditor, division: null).GetAsync($"/api/villages/{envoyId}/history");

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "village.not-found");
    }

    [Fact]
    public async Task The_envoy_history_refuses_a_village_code()
    {
        var village = await _operator.RegisteredVillage();

        var response = await api.ClientAs(Roles.Auditor, division: null).GetAsync($"/api/envoys/{village}/history");

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "envoy.not-found");
    }
}
