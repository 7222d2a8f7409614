using System.Net;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Fupin.EventSourced.Api.Tests.Security;

[CollectionDefinition(Name)]
public sealed class DenyByDefaultCollection : ICollectionFixture<DenyByDefaultCollection.Fixture>
{
    public const string Name = "Deny by default";

    /// <summary>The API plus one route someone forgot to protect, mapped behind the API's own pipeline.</summary>
    public sealed class Fixture : ApiFixture
    {
        public const string ForgottenRoute = "/api/forgotten";

        /// <summary>Protected by a policy, but its route parameter is not declared in RouteParameters.</summary>
        public const string UndeclaredParameterRoute = "/api/undeclared/{thingId}";

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<IStartupFilter, ForgottenEndpoint>();

        private sealed class ForgottenEndpoint : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.UseRouting();
                app.UseAuthentication();
                app.UseAuthorization();
                app.UseEndpoints(endpoints =>
                {
                    endpoints.MapGet(ForgottenRoute, () => "secret");
                    endpoints.MapGet(UndeclaredParameterRoute, (string thingId) => "secret " + thingId)
                        .RequireAuthorization(Policies.ReadRegisters);
                });
            };
        }
    }
}

[Collection(DenyByDefaultCollection.Name)]
public class DenyByDefaultTests(DenyByDefaultCollection.Fixture api)
{
    [Fact]
    public async Task A_route_that_names_no_policy_is_refused_to_every_caller()
    {
        var anonymous = await api.AnonymousClient().GetAsync(DenyByDefaultCollection.Fixture.ForgottenRoute);
        await anonymous.ShouldBeProblem(HttpStatusCode.Unauthorized);

        foreach (var role in Roles.All)
        {
            var response = await api.ClientAs(role, division: role is Roles.Operator or Roles.Finance ? Codes.County : null)
                .GetAsync(DenyByDefaultCollection.Fixture.ForgottenRoute);

            await response.ShouldBeProblem(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task A_route_parameter_the_api_does_not_declare_is_refused_to_every_caller_even_behind_a_policy()
    {
        var path = DenyByDefaultCollection.Fixture.UndeclaredParameterRoute.Replace("{thingId}", "anything", StringComparison.Ordinal);
        foreach (var role in Roles.All)
        {
            var response = await api.ClientAs(role, division: role is Roles.Operator or Roles.Finance ? Codes.County : null).GetAsync(path);

            await response.ShouldBeProblem(HttpStatusCode.Forbidden);
        }
    }
}
