using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.TestKit;

namespace Fupin.EventSourced.Faults.Tests.Infrastructure;

/// <summary>The async projection after a fault: it catches up with the store, and agrees with a rebuild from it.</summary>
public static class ReadModelChecks
{
    /// <summary>
    /// Waits until the <c>CountyVillageCount</c> projection has applied everything stored now (its row in
    /// <c>mt_event_progression</c> reaches <c>max(seq_id)</c> of <c>mt_events</c>), and returns how long that took.
    /// </summary>
    public static async Task<(TimeSpan Took, long HighWaterMark)> WaitForCatchUpAsync(EventStoreProbe probe)
    {
        var target = await probe.HighWaterMarkAsync();
        var took = await Eventually.WaitUntilAsync(
            $"the {EventStoreProbe.ProjectionName} projection reaches the store's high-water mark {target}",
            async () => await probe.ProjectionProgressAsync() >= target,
            FaultSettings.CatchUpTimeout,
            async () => "Progression: " + string.Join(", ", (await probe.ProgressionAsync()).Select(p => $"{p.Key}={p.Value}")));
        return (took, target);
    }

    /// <summary>
    /// Waits for the async projection to catch up, then checks the read models against a rebuild from the events,
    /// and reports both.
    /// </summary>
    public static async Task ShouldCatchUpAndMatchRebuildAsync(EventStoreProbe probe, ApiProcess api, ITestOutputHelper output)
    {
        var (took, highWaterMark) = await WaitForCatchUpAsync(probe);
        output.WriteLine($"{EventStoreProbe.ProjectionName} reached the high-water mark {highWaterMark} {took.TotalSeconds:F1} s after the load stopped");
        var counties = await ShouldMatchRebuildAsync(probe, api);
        output.WriteLine("Read models (villages per county): " +
                         string.Join(", ", counties.Values.Select(c => $"{c.CountyCode}={c.VillageCount}")));
    }

    /// <summary>
    /// The read models the API serves equal what a rebuild from the stored events gives: villages per county,
    /// latest names, no duplicates, nothing skipped. Returns the rebuild.
    /// </summary>
    public static async Task<Dictionary<string, CountyModel>> ShouldMatchRebuildAsync(EventStoreProbe probe, ApiProcess api)
    {
        var events = await probe.EventsAsync();
        var expected = CountyModel.RebuildFrom(events);
        using var analyst = api.CreateClient(TestTokens.For(Roles.Analyst, division: null));
        var served = await CountyModel.ServedBy(analyst);

        var differences = CountyModel.Differences(expected, served);
        differences.Should().BeEmpty("the county read models must equal a rebuild from mt_events:\n{0}",
            string.Join("\n", differences.Take(20)));
        return expected;
    }
}
