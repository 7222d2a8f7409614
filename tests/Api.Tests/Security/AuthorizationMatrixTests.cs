using System.Net;
using Fupin.EventSourced.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using FluentAssertions.Execution;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Fupin.EventSourced.Api.Tests.Security;

[CollectionDefinition(Name)]
public sealed class AuthorizationMatrixCollection : ICollectionFixture<AuthorizationMatrixCollection.Fixture>
{
    public const string Name = "Authorization matrix";

    /// <summary>Its own database, so "nothing was appended" can be read off the store's high-water mark.</summary>
    public sealed class Fixture : ApiFixture;
}

/// <summary>
/// Every mapped endpoint × every role × in scope / out of scope / unscoped, plus anonymous: the exact status,
/// and for every refused write, that the event store did not move.
/// </summary>
[Collection(AuthorizationMatrixCollection.Name)]
public class AuthorizationMatrixTests(AuthorizationMatrixCollection.Fixture api, ITestOutputHelper output)
{
    private const string HomeCounty = Codes.County;
    private const string ForeignCounty = Codes.OtherCounty;

    [Fact]
    public void The_api_declares_exactly_the_policies_of_the_access_spec()
    {
        Policies.RolesByPolicy.Should().BeEquivalentTo(AccessSpec.RolesByPolicy);
    }

    [Fact]
    public async Task Every_endpoint_answers_every_caller_as_the_access_spec_says_and_refused_writes_append_nothing()
    {
        var endpoints = MappedEndpoint.All(api.Factory.Services.GetRequiredService<EndpointDataSource>());
        endpoints.Select(e => e.Violation()).Where(v => v is not null).Should().BeEmpty();
        endpoints.Should().Contain(e => e.Policy == Policies.OperateRegisters).And.Contain(e => e.Anonymous);
        await SeedCountiesAsync();

        var results = new List<string>();
        using (new AssertionScope())
        {
            foreach (var endpoint in endpoints)
            {
                foreach (var caller in Caller.All())
                {
                    var (actual, appended, body, addressesDivision) = await SendAsync(endpoint, caller);
                    var expected = Expected(endpoint, caller, addressesDivision);
                    results.Add($"{endpoint} as {caller}: {(int)actual}");

                    actual.Should().Be(expected, $"{endpoint} as {caller} answered {body}");
                    if (endpoint.IsWrite && expected is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                    {
                        appended.Should().Be(0, $"{endpoint} as {caller} was refused yet appended events");
                    }
                }
            }
        }

        results.Should().HaveCount(endpoints.Count * Caller.All().Count());
        output.WriteLine(string.Join(Environment.NewLine, results));
    }

    [Fact]
    public void An_endpoint_with_an_undeclared_route_parameter_fails_the_matrix()
    {
        var undeclared = new RouteEndpointBuilder(_ => Task.CompletedTask,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse("/api/undeclared/{somethingId}"), order: 0)
        {
            Metadata = { new AuthorizeAttribute(Policies.ReadRegisters) },
        }.Build();

        var mapped = MappedEndpoint.From((RouteEndpoint)undeclared).Single();

        mapped.Violation().Should().Contain("{somethingId}").And.Contain("does not declare");
    }

    [Fact]
    public void An_endpoint_that_names_no_policy_fails_the_matrix()
    {
        var unprotected = new RouteEndpointBuilder(_ => Task.CompletedTask,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse("/api/forgotten"), order: 0).Build();

        var mapped = MappedEndpoint.From((RouteEndpoint)unprotected).Single();

        mapped.Violation().Should().Contain("names no authorization policy");
    }

    private static HttpStatusCode Expected(MappedEndpoint endpoint, Caller caller, bool addressesDivision)
    {
        if (endpoint.Anonymous)
        {
            return (HttpStatusCode)endpoint.SuccessStatus;
        }

        if (caller.Role is null)
        {
            return HttpStatusCode.Unauthorized;
        }

        var allowedRole = AccessSpec.RolesByPolicy[endpoint.Policy!].Contains(caller.Role);
        var acceptableToken = caller.Scope != CallerScope.Unscoped || AccessSpec.MayBeUnscoped(caller.Role);
        var covers = caller.Scope != CallerScope.OutOfScope || !addressesDivision;
        return allowedRole && acceptableToken && covers ? (HttpStatusCode)endpoint.SuccessStatus : HttpStatusCode.Forbidden;
    }

    private async Task<(HttpStatusCode Status, long Appended, string Body, bool AddressesDivision)> SendAsync(
        MappedEndpoint endpoint, Caller caller)
    {
        var targetCounty = caller.Scope == CallerScope.OutOfScope ? ForeignCounty : HomeCounty;
        var arranged = await new RequestExamples(Setup(), api.ClientAs(Roles.Finance, Codes.City, userId: "matrix-setup"), api.ClientAs(Roles.Admin, null, userId: "matrix-admin")).ArrangeAsync(endpoint.Route, endpoint.RequestType?.Name, targetCounty);
        var request = RequestExamples.ToMessage(endpoint.Method, arranged);

        var client = caller.Role is null
            ? api.AnonymousClient()
            : api.ClientAs(caller.Role, caller.Scope == CallerScope.Unscoped ? null : HomeCounty);
        var before = await api.HighWaterMarkAsync();
        var response = await client.SendAsync(request);
        var after = await api.HighWaterMarkAsync();
        return (response.StatusCode, after - before, await response.Content.ReadAsStringAsync(),
            endpoint.RouteAddressesDivision || arranged.BodyTargetsDivision);
    }

    /// <summary>Both counties have villages in the async read model, so county reads can succeed.</summary>
    private async Task SeedCountiesAsync()
    {
        await Setup().RegisteredVillage(Codes.NewVillage(HomeCounty));
        await Setup().RegisteredVillage(Codes.NewVillage(ForeignCounty));
        await api.WaitForProjectionsAsync();
    }

    private HttpClient Setup() => api.ClientAs(Roles.Operator, Codes.City, userId: "matrix-setup");
}
