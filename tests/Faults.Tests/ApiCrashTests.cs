using System.Diagnostics;
using FluentAssertions.Execution;
using Fupin.EventSourced.Faults.Tests.Infrastructure;
using Fupin.EventSourced.TestKit;

namespace Fupin.EventSourced.Faults.Tests;

/// <summary>
/// The API process is SIGKILLed under load; a new process is started on the same database. Half the clients send
/// every command with an Idempotency-Key and retry it across the kill.
/// </summary>
[Collection(FaultCollection.Name)]
[Trait("Category", "Fault")]
public sealed class ApiCrashTests(ITestOutputHelper testOutput)
{
    private readonly RecordingOutput _output = new(testOutput);

    [FaultFact]
    public async Task Acknowledged_commands_survive_an_api_crash_and_a_new_process_carries_on()
    {
        var setup = Stopwatch.StartNew();
        await using var cluster = await LocalPostgresCluster.StartNewAsync();
        var database = await EventStoreProbe.CreateDatabaseAsync(cluster, "fupin");
        var probe = new EventStoreProbe(database);
        await using var crashed = await ApiNode.StartAsync(database, "node-a");
        ApiNode? restarted = null;

        try
        {
            await VillageLoad.WarmUpAsync(crashed);
            _output.WriteLine($"Setup (cluster, API start, warm-up): {setup.Elapsed.TotalSeconds:F1} s");
            var timeline = new Timeline();
            var nodes = new ApiNodes(crashed);
            IReadOnlyList<Outcome> outcomes;
            IReadOnlyList<KeyedCommand> keyed;
            await using (var load = VillageLoad.Start(nodes, FaultSettings.Clients, timeline.Clock, FaultSettings.KeyedClients))
            {
                await timeline.Until(FaultSettings.LoadDuration / 3);
                timeline.Mark("kill");
                await crashed.Process.KillAsync();
                timeline.Mark("killed");
                restarted = await ApiNode.StartAsync(database, "node-a-new");
                timeline.Mark("ready");

                // As a rollout would, once it is ready and warm: a cold process's first answers are slow JIT work,
                // which is not what this test measures.
                await VillageLoad.WarmUpAsync(restarted);
                nodes.Replace(crashed, restarted);
                timeline.Mark("restarted");
                await timeline.UntilAll(FaultSettings.LoadDuration, timeline["restarted"] + TimeSpan.FromSeconds(3));
                outcomes = await load.StopAsync();
                keyed = load.KeyedCommands;
                timeline.Mark("load-stopped");
            }

            var cut = outcomes.Where(o => o.NoAnswer && o.StartedAt <= timeline["killed"]).ToList();
            var committedAnyway = outcomes.Count(o => o is { Kind: CommandKind.RetryRegister, Status: 409 });
            _output.WriteLine($"Timeline: {timeline}");
            _output.WriteLine($"All requests: {FaultAssertions.Figures(outcomes)}");
            _output.WriteLine($"To the killed process: {FaultAssertions.Figures([.. outcomes.Where(o => o.Node == crashed.Name)])}");
            _output.WriteLine($"To the new process: {FaultAssertions.Figures([.. outcomes.Where(o => o.Node == restarted.Name)])}");
            _output.WriteLine($"Cut off in flight by the kill: {cut.Count}; retried registrations that had committed (409): {committedAnyway}");
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

                // Only the killed process left requests unanswered, from the kill until the new process was listed;
                // the new process answers everything normally.
                FaultAssertions.AnswersAreExplained(outcomes);
                FaultAssertions.NothingHangs(outcomes);
                FaultAssertions.UnansweredOnlyWhere(outcomes,
                    o => o.Node == crashed.Name && o.EndedAt >= timeline["kill"]
                                                && o.StartedAt <= timeline["restarted"] + FaultAssertions.SchedulingSlack,
                    "from the killed process, between the kill and the new process taking over");
                outcomes.Where(o => o.Node == restarted.Name && o.IsCommand).Should().NotBeEmpty();
                outcomes.Where(o => o.Node == restarted.Name).Should().OnlyContain(o => !o.IsUnavailable && !o.NoAnswer,
                    "PostgreSQL stayed up and the new process is healthy");
            }

            // The new process's daemon catches up to exactly the stored events.
            await ReadModelChecks.ShouldCatchUpAndMatchRebuildAsync(probe, restarted.Process, _output);
        }
        catch
        {
            ApiLogs.WriteTails(_output, crashed, restarted);
            throw;
        }
        finally
        {
            ApiLogs.Keep(nameof(ApiCrashTests), _output, crashed, restarted);
            if (restarted is not null)
            {
                await restarted.DisposeAsync();
            }
        }
    }

}
