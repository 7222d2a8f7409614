using System.Diagnostics;
using FluentAssertions.Execution;
using Fupin.EventSourced.Faults.Tests.Infrastructure;
using Fupin.EventSourced.TestKit;

namespace Fupin.EventSourced.Faults.Tests;

/// <summary>
/// Two API nodes on one database (the deployed shape): both take commands, one runs the projection daemon
/// (HotCold, chosen by a PostgreSQL advisory lock). The daemon's node is killed under load.
/// </summary>
[Collection(FaultCollection.Name)]
[Trait("Category", "Fault")]
public sealed class TwoNodeTests(ITestOutputHelper testOutput)
{
    private readonly RecordingOutput _output = new(testOutput);

    /// <summary>How long the surviving node may take to hold the daemon's lock and move the projection on.</summary>
    private static readonly TimeSpan TakeoverBound = TimeSpan.FromSeconds(20);

    [FaultFact]
    public async Task When_the_daemon_node_is_killed_the_other_node_takes_over_and_the_read_models_equal_a_rebuild()
    {
        var setup = Stopwatch.StartNew();
        await using var cluster = await LocalPostgresCluster.StartNewAsync();
        var database = await EventStoreProbe.CreateDatabaseAsync(cluster, "fupin");
        var probe = new EventStoreProbe(database);
        await using var nodeA = await ApiNode.StartAsync(database, "node-a");
        await using var nodeB = await ApiNode.StartAsync(database, "node-b");

        try
        {
            await Task.WhenAll(VillageLoad.WarmUpAsync(nodeA), VillageLoad.WarmUpAsync(nodeB));
            _output.WriteLine($"Setup (cluster, API start, warm-up): {setup.Elapsed.TotalSeconds:F1} s");

            // Exactly one node runs the daemon.
            var (leaderName, key) = await DaemonLockMonitor.FindLeaderAsync(probe, [nodeA, nodeB]);
            var leader = leaderName == nodeA.Name ? nodeA : nodeB;
            var survivor = leader == nodeA ? nodeB : nodeA;
            _output.WriteLine($"{leader.Name} holds the daemon's advisory lock (key {key}); {survivor.Name} does not");

            var timeline = new Timeline();
            var nodes = new ApiNodes(nodeA, nodeB);
            IReadOnlyList<Outcome> outcomes;
            IReadOnlyList<(TimeSpan At, string[] Holders)> samples;
            long progressAtKill;
            await using (var monitor = DaemonLockMonitor.Start(probe, key, timeline))
            {
                await using (var load = VillageLoad.Start(nodes, FaultSettings.Clients, timeline.Clock))
                {
                    await timeline.Until(FaultSettings.LoadDuration / 3);
                    progressAtKill = await probe.ProjectionProgressAsync();
                    timeline.Mark("kill");
                    await leader.Process.KillAsync();
                    nodes.Replace(leader, replacement: null);
                    timeline.Mark("killed");

                    // The other node takes over projection work within a bound: it holds the lock, and the
                    // projection moves past where the dead leader left it.
                    await Eventually.WaitUntilAsync($"{survivor.Name} holds the daemon's lock",
                        async () => (await monitor.HoldersAsync()).SequenceEqual([survivor.Name]), TakeoverBound,
                        async () => "Holders: " + string.Join(", ", await monitor.HoldersAsync()));
                    timeline.Mark("lock-taken");
                    await Eventually.WaitUntilAsync($"the projection moves past {progressAtKill}",
                        async () => await probe.ProjectionProgressAsync() > progressAtKill,
                        TakeoverBound - (timeline["lock-taken"] - timeline["killed"]),
                        async () => $"Progress {await probe.ProjectionProgressAsync()}");
                    timeline.Mark("projecting");

                    await timeline.UntilAll(FaultSettings.LoadDuration, timeline["projecting"] + TimeSpan.FromSeconds(2));
                    outcomes = await load.StopAsync();
                    timeline.Mark("load-stopped");
                }

                samples = monitor.Samples;
            }

            _output.WriteLine($"Timeline: {timeline}");
            _output.WriteLine($"Takeover: {survivor.Name} held the lock {(timeline["lock-taken"] - timeline["kill"]).TotalSeconds:F1} s " +
                             $"after the kill and moved the projection past {progressAtKill} " +
                             $"{(timeline["projecting"] - timeline["kill"]).TotalSeconds:F1} s after it");
            _output.WriteLine($"All requests: {FaultAssertions.Figures(outcomes)}");
            foreach (var node in new[] { nodeA, nodeB })
            {
                _output.WriteLine($"To {node.Name}: {FaultAssertions.Figures([.. outcomes.Where(o => o.Node == node.Name)])}");
            }

            _output.WriteLine($"Lock samples: {samples.Count}, " + string.Join(", ", samples
                .GroupBy(s => string.Join("+", s.Holders) is { Length: > 0 } h ? h : "nobody")
                .Select(g => $"{g.Key}: {g.Count()}")));

            var events = await probe.EventsAsync();
            _output.WriteLine($"Stored: {events.Count} events in {events.Select(e => e.StreamKey).Distinct().Count()} streams");
            using (new AssertionScope())
            {
                // Acknowledged means durable, and nothing is stored twice.
                FaultAssertions.AcknowledgedCommandsAreStored(outcomes, events);
                FaultAssertions.StreamsAreWellFormed(events);

                // Never two daemons at once; before the kill always the leader.
                samples.Should().NotContain(s => s.Holders.Length > 1, "two nodes must never both hold the daemon's lock");
                samples.Where(s => s.At < timeline["kill"]).Should().NotBeEmpty()
                    .And.OnlyContain(s => s.Holders.SequenceEqual(new[] { leader.Name }), "only {0} ran the daemon before the kill", leader.Name);

                // Both nodes took commands; only the dead node's answers went missing, and only from the kill on.
                outcomes.Where(o => o.Node == nodeA.Name && o.IsSuccess).Should().NotBeEmpty();
                outcomes.Where(o => o.Node == nodeB.Name && o.IsSuccess).Should().NotBeEmpty();
                FaultAssertions.AnswersAreExplained(outcomes);
                FaultAssertions.NothingHangs(outcomes);
                FaultAssertions.UnansweredOnlyWhere(outcomes,
                    o => o.Node == leader.Name && o.EndedAt >= timeline["kill"]
                                               && o.StartedAt <= timeline["killed"] + FaultAssertions.SchedulingSlack,
                    $"from {leader.Name}, in flight when it was killed");
                outcomes.Where(o => o.Node == survivor.Name).Should().OnlyContain(o => !o.IsUnavailable && !o.NoAnswer,
                    "{0} and PostgreSQL stayed up", survivor.Name);
            }

            // The read models catch up and equal a rebuild from the events.
            await ReadModelChecks.ShouldCatchUpAndMatchRebuildAsync(probe, survivor.Process, _output);
        }
        catch
        {
            ApiLogs.WriteTails(_output, nodeA, nodeB);
            throw;
        }
        finally
        {
            ApiLogs.Keep(nameof(TwoNodeTests), _output, nodeA, nodeB);
        }
    }

}
