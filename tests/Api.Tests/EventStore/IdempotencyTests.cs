using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Envoys.Assigning;
using Fupin.EventSourced.Domain.Envoys.Registering;
using Fupin.EventSourced.Domain.Villages;

namespace Fupin.EventSourced.Api.Tests.EventStore;

/// <summary>
/// <c>Idempotency-Key</c>: a retry with the same key and body gets the first answer and appends nothing; the
/// same key with another body is a 422; keys belong to a user; only answers of commands that appended are kept.
/// </summary>
[Collection(ApiCollection.Name)]
public class IdempotencyTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator, userId: "clerk-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task A_retry_with_the_same_key_and_body_gets_the_first_answer_and_appends_nothing()
    {
        var key = NewKey();
        var command = EnvoyScenarios.NewEnvoy();

        var first = await Send(_operator, "/api/envoys", command, key);
        var before = await api.HighWaterMarkAsync();
        var retry = await Send(_operator, "/api/envoys", command, key);

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        retry.StatusCode.Should().Be(HttpStatusCode.Created);
        (await retry.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        retry.Headers.ETag.Should().Be(first.Headers.ETag);
        retry.Headers.Location.Should().Be(first.Headers.Location);
        retry.Headers.GetValues(CommandAnswer.ReplayedHeader).Should().Equal("true");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_a_422_and_appends_nothing()
    {
        var key = NewKey();
        (await Send(_operator, "/api/envoys", EnvoyScenarios.NewEnvoy(name: "王建国"), key)).StatusCode.Should().Be(HttpStatusCode.Created);
        var before = await api.HighWaterMarkAsync();

        var other = await Send(_operator, "/api/envoys", EnvoyScenarios.NewEnvoy(name: "李明"), key);

        await other.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "idempotency.key-reused");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_apply_the_command_once_and_all_get_its_answer()
    {
        var key = NewKey();
        var command = EnvoyScenarios.NewEnvoy(name: "并发" + key[..6]);

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Send(_operator, "/api/envoys", command, key)));

        answers.Select(a => a.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.Created);
        var ids = await Task.WhenAll(answers.Select(async a => (await a.Content.ReadFromJsonAsync<Written>())!.Id));
        ids.Distinct().Should().ContainSingle();
        await using var session = api.Store.QuerySession();
        (await session.Events.FetchStreamAsync(ids[0])).Should().ContainSingle();
    }

    [Fact]
    public async Task Keys_belong_to_a_user_so_another_users_key_of_the_same_value_is_a_new_command()
    {
        var key = NewKey();
        var command = EnvoyScenarios.NewEnvoy();
        var colleague = api.ClientAs(Roles.Operator, userId: "colleague-" + Guid.NewGuid().ToString("N")[..8]);

        var mine = await (await Send(_operator, "/api/envoys", command, key)).Content.ReadFromJsonAsync<Written>();
        var theirs = await (await Send(colleague, "/api/envoys", command, key)).Content.ReadFromJsonAsync<Written>();

        theirs!.Id.Should().NotBe(mine!.Id);
    }

    [Fact]
    public async Task A_refused_command_keeps_no_answer_so_the_retry_after_the_cause_is_fixed_is_decided_afresh()
    {
        var key = NewKey();
        var envoyId = await _operator.RegisteredEnvoy();
        var village = Codes.NewVillage();
        var assignment = new AssignEnvoy(village, new DateOnly(2018, 6, 1));

        var refused = await Send(_operator, $"/api/envoys/{envoyId}/assignments", assignment, key);
        await _operator.RegisteredVillage(village);
        var retried = await Send(_operator, $"/api/envoys/{envoyId}/assignments", assignment, key);

        await refused.ShouldBeProblem(HttpStatusCode.NotFound, VillageErrors.NotFound.Code);
        retried.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("密钥")]
    public async Task A_malformed_key_is_a_400_and_appends_nothing(string key)
    {
        var before = await api.HighWaterMarkAsync();

        var response = await Send(_operator, "/api/envoys", EnvoyScenarios.NewEnvoy(), key);

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "idempotency.key-invalid");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_key_longer_than_255_characters_is_a_400()
    {
        var response = await Send(_operator, "/api/envoys", EnvoyScenarios.NewEnvoy(), new string('k', 256));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "idempotency.key-invalid");
    }

    private static string NewKey() => Guid.NewGuid().ToString();

    private static Task<HttpResponseMessage> Send<T>(HttpClient client, string path, T body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}

/// <summary>Keys expire after <c>Idempotency:KeyLifetime</c>; here it is zero, so every key has expired by its retry.</summary>
[Collection(ExpiringKeysCollection.Name)]
public class ExpiringIdempotencyKeyTests(ExpiringKeysCollection.Fixture api)
{
    [Fact]
    public async Task After_its_lifetime_a_key_no_longer_replays_and_the_command_runs_again()
    {
        var client = api.ClientAs(Roles.Operator);
        var command = EnvoyScenarios.NewEnvoy();

        var first = await Send(client, command, "expiring-key");
        var later = await Send(client, command, "expiring-key");

        later.Id.Should().NotBe(first.Id, "an expired key is forgotten: the retry registered a second envoy");
    }

    private static async Task<Written> Send(HttpClient client, RegisterEnvoy body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/envoys") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        var response = await client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<Written>())!;
    }
}

[CollectionDefinition(Name)]
public sealed class ExpiringKeysCollection : ICollectionFixture<ExpiringKeysCollection.Fixture>
{
    public const string Name = "Expiring idempotency keys";

    public sealed class Fixture : ApiFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } =
            new Dictionary<string, string?> { ["Idempotency:KeyLifetime"] = "00:00:00" };
    }
}
