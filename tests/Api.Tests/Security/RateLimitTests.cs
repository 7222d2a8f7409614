using System.Net;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;

namespace Fupin.EventSourced.Api.Tests.Security;

[CollectionDefinition(Name)]
public sealed class RateLimitCollection : ICollectionFixture<RateLimitCollection.Fixture>
{
    public const string Name = "Rate limits";

    public sealed class Fixture : ApiFixture
    {
        public const int Burst = 3;

        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Limits:CommandsPerSecondPerUser"] = "1",
            ["Limits:CommandBurstPerUser"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}

[Collection(RateLimitCollection.Name)]
public class RateLimitTests(RateLimitCollection.Fixture api)
{
    [Fact]
    public async Task Commands_beyond_a_users_burst_are_429_problems_with_retry_after_and_other_users_are_unaffected()
    {
        var busy = api.ClientAs(Roles.Operator, userId: "busy-importer");
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < RateLimitCollection.Fixture.Burst + 3; i++)
        {
            responses.Add(await busy.PostRegistration(VillageScenarios.NewRegistration()));
        }

        responses.Take(RateLimitCollection.Fixture.Burst).Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.Created);
        var limited = responses.Last();
        await limited.ShouldBeProblem(HttpStatusCode.TooManyRequests, "rate.limited");
        limited.Headers.RetryAfter.Should().NotBeNull();

        var other = await api.ClientAs(Roles.Operator, userId: "someone-else").PostRegistration(VillageScenarios.NewRegistration());
        other.StatusCode.Should().Be(HttpStatusCode.Created);
        var read = await busy.GetAsync($"/api/villages/{Codes.NewVillage()}");
        read.StatusCode.Should().Be(HttpStatusCode.NotFound, "reads are not rate limited");
    }
}
