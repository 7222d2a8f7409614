using System.Diagnostics;
using FluentAssertions.Execution;
using Fupin.EventSourced.Faults.Tests.Infrastructure;
using Fupin.EventSourced.TestKit;

namespace Fupin.EventSourced.Faults.Tests;

/// <summary>
/// PostgreSQL goes away under load (fast shutdown) and comes back; the API process keeps running throughout. Half
/// the clients send every command with an Idempotency-Key and retry it across the outage.
/// </summary>
[Collection(FaultCollection.Name)]
[Trait("Category", "Fault")]
public sealed class PostgresRestartTests(ITestOutputHelper testOutput)
{
    private readonly RecordingOutput _output = new(testOutput);

    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(2);

    /// <summary>Once PostgreSQL is back, how long the API may take to answer every request normally again.</summary>
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(2);

    [FaultFact]
    public async Task Acknowledged_commands_survive_a_postgres_restart_and_the_api_recovers_by_itself()
    {
        var setup = Stopwatch.StartNew();
        await using var cluster = await LocalPostgresCluster.StartNewAsync();
        var database = await EventStoreProbe.CreateDatabaseAsync(cluster, "fupin");
        var probe = new EventStoreProbe(database);
        await using var api = await ApiNode.StartAsync(database, "node-a", daemon: "Solo");
        var nodes = new ApiNodes(api);

        try
        {
            await VillageLoad.WarmUpAsync(api);
            _output.WriteLine($"Setup (cluster, API start, warm-up): {setup.Elapsed.TotalSeconds:F1} s");
            var timeline = new Timeline();
            IReadOnlyList<Outcome> outcomes;
            IReadOnlyList<KeyedCommand> keyed;
            await using (var load = VillageLoad.Start(nodes, FaultSettings.Clients, timeline.Clock, FaultSettings.KeyedClients))
            {
                await timeline.Until(FaultSettings.LoadDuration / 3);
                timeline.Mark("stop");
                await cluster.StopAsync();
                timeline.Mark("down");
                await timeline.Until(timeline["down"] + Outage);
                timeline.Mark("start");
                await cluster.StartAsync();
                timeline.Mark("up");
                await timeline.UntilAll(FaultSettings.LoadDuration, timeline["up"] + Recovery + TimeSpan.FromSeconds(2));
                outcomes = await load.StopAsync();
                keyed = load.KeyedCommands;
                timeline.Mark("load-stopped");
            }

            var whileDown = outcomes.Where(o => o.StartedAt >= timeline["down"] && o.EndedAt <= timeline["start"]).ToList();
            var recovering = outcomes.Where(o => o.StartedAt >= timeline["up"] && o.StartedAt < timeline["up"] + Recovery).ToList();
            var recovered = outcomes.Where(o => o.StartedAt >= timeline["up"] + Recovery).ToList();
            _output.WriteLine($"Timeline: {timeline}");
            _output.WriteLine($"All requests: {FaultAssertions.Figures(outcomes)}");
            _output.WriteLine($"While PostgreSQL was down: {FaultAssertions.Figures(whileDown)}");
            _output.WriteLine($"In the first {Recovery.TotalSeconds:F0} s after it was up: {FaultAssertions.Figures(recovering)}");
            _output.WriteLine($"Later: {FaultAssertions.Figures(recovered)}");
            _output.WriteLine($"Keyed clients: {ExactlyOnceAssertions.Figures(keyed)}");
            var events = await probe.EventsAsync();
            var keys = await probe.IdempotencyKeysAsync();
            _output.WriteLine($"Stored: {events.Count} events in {events.Select(e => e.StreamKey).Distinct().Count()} streams, {keys.Count} idempotency keys");
            using (new AssertionScope())
            {
                // Acknowledged means durable, and nothing is stored twice.
                FaultAssertions.AcknowledgedCommandsAreStored(outcomes, events);
                FaultAssertions.StreamsAreWellFormed(events);

                // Clients that retry every unanswered command with its Idempotency-Key end with each applied exactly once.
                ExactlyOnceAssertions.KeyedCommandsAreAppliedExactlyOnce(keyed, events, keys);

                // While the database is down, clients get a prompt 503 problem; nothing hangs, nothing else fails.
                whileDown.Should().NotBeEmpty("the clients must have sent requests while PostgreSQL was down");
                whileDown.Should().OnlyContain(o => o.IsUnavailable, "nothing can succeed while PostgreSQL is down");
                FaultAssertions.AnswersAreExplained(outcomes);
                FaultAssertions.NothingHangs(outcomes);
                FaultAssertions.UnansweredOnlyWhere(outcomes, _ => false, "never: the API stayed up");

                // The API recovers by itself: once PostgreSQL is back, commands succeed without restarting the API,
                // and every request gets a definite answer (a 409 to a retried registration whose first attempt
                // committed before the shutdown is definite too, and explained above).
                recovered.Where(o => o is { IsCommand: true, IsSuccess: true }).Should().NotBeEmpty();
                recovered.Where(o => o.IsUnavailable || o.NoAnswer).Should().BeEmpty(
                    "every request sent {0} s after PostgreSQL is back must be answered normally", Recovery.TotalSeconds);
            }

            await FaultAssertions.ShouldAcceptCommandsAsync(api);
            api.Process.HasExited.Should().BeFalse();

            // The async projection catches up to exactly the stored events.
            await ReadModelChecks.ShouldCatchUpAndMatchRebuildAsync(probe, api.Process, _output);
        }
        catch
        {
            ApiLogs.WriteTails(_output, api);
            throw;
        }
        finally
        {
            ApiLogs.Keep(nameof(PostgresRestartTests), _output, api);
        }
    }

}
