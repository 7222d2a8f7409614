using System.Diagnostics;
using System.Net;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.TestKit;

namespace Fupin.EventSourced.Api.Tests.Hosting;

/// <summary>
/// With PostgreSQL unreachable the API still answers, promptly, with 503 problems the client can retry.
/// The fault tests do the same around a real restart.
/// </summary>
public sealed class DatabaseUnavailableTests : IAsyncLifetime
{
    private readonly ApiFactory _api = new(
        $"Host=127.0.0.1;Port={FreePort.Next()};Database=none;Username=postgres;Password=postgres;Timeout=3",
        new Dictionary<string, string?> { ["EventStore:ApplySchemaOnStartup"] = "false", ["EventStore:Daemon"] = "Disabled" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Commands_and_reads_get_a_prompt_503_problem_with_retry_after()
    {
        var client = _api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(Roles.Operator, Codes.County));
        var clock = Stopwatch.StartNew();

        var command = await client.PostRegistration(VillageScenarios.NewRegistration());
        var read = await client.GetAsync($"/api/villages/{Codes.NewVillage()}");

        await command.ShouldBeProblem(HttpStatusCode.ServiceUnavailable, "service.unavailable");
        await read.ShouldBeProblem(HttpStatusCode.ServiceUnavailable, "service.unavailable");
        command.Headers.RetryAfter.Should().NotBeNull();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Readiness_fails_while_liveness_holds()
    {
        var client = _api.CreateClient();

        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }
}
