using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.TestKit;

namespace Fupin.EventSourced.Faults.Tests.Infrastructure;

/// <summary>What must hold after any fault, whatever it was.</summary>
public static class FaultAssertions
{
    private const int Examples = 10;

    /// <summary>
    /// Acknowledged means durable: every command answered 2xx (and every retried registration answered 409,
    /// which says the first attempt committed) is in <c>mt_events</c> exactly as acknowledged: same stream,
    /// same version, same name.
    /// </summary>
    public static void AcknowledgedCommandsAreStored(IReadOnlyList<Outcome> outcomes, IReadOnlyList<StoredEvent> events)
    {
        var stored = events.ToDictionary(e => (e.StreamKey, e.Version));
        var lost = new List<string>();
        foreach (var outcome in outcomes.Where(o => o.IsCommand))
        {
            var (version, type) = outcome switch
            {
                { Kind: CommandKind.Register or CommandKind.RetryRegister, Status: 201 } => (1L, "village_registered"),
                { Kind: CommandKind.RetryRegister, Status: 409 } => (1L, "village_registered"),
                { Kind: CommandKind.Correct, Status: 200 } => (outcome.Version ?? -1, "village_name_corrected"),
                _ => (0L, ""),
            };
            if (version == 0)
            {
                continue;
            }

            if (!stored.TryGetValue((outcome.VillageCode, version), out var e) || e.Type != type)
            {
                lost.Add($"{outcome} -> no {type} at version {version}");
            }
            else if (outcome.Status != 409 && (e.Registered?.Name ?? e.Corrected?.Name) != outcome.Name)
            {
                lost.Add($"{outcome} -> stored with another name: {e.Data}");
            }
        }

        lost.Should().BeEmpty("every acknowledged command must be in the store ({0} of them are not, e.g. {1})",
            lost.Count, string.Join("\n", lost.Take(Examples)));
    }

    /// <summary>
    /// No duplicates, nothing half-written: each stream is one registration then versions 2, 3, ... without gaps,
    /// a village's name corrections or an envoy's assignments.
    /// </summary>
    public static void StreamsAreWellFormed(IReadOnlyList<StoredEvent> events)
    {
        var broken = events.GroupBy(e => e.StreamKey)
            .Select(stream => (Key: stream.Key, Events: stream.OrderBy(e => e.Version).ToList()))
            .Where(stream => !stream.Events.Select(e => e.Version).SequenceEqual(Enumerable.Range(1, stream.Events.Count).Select(v => (long)v))
                             || !IsRegistrationAndItsSequels(stream.Events))
            .Select(stream => $"{stream.Key}: {string.Join(", ", stream.Events.Select(e => $"{e.Version}:{e.Type}"))}")
            .ToList();

        broken.Should().BeEmpty("each stream must hold one registration followed by what may follow it (a village's " +
                                "corrections, an envoy's assignments), versions without gaps");

        static bool IsRegistrationAndItsSequels(List<StoredEvent> stream)
        {
            var sequel = stream[0].Type switch
            {
                "village_registered" => "village_name_corrected",
                "envoy_registered" => "envoy_assigned",
                _ => null,
            };
            return sequel is not null && stream.Skip(1).All(e => e.Type == sequel);
        }
    }

    /// <summary>
    /// Every answer is one the client's own behaviour explains; the only server error is a prompt 503 problem with
    /// Retry-After; never a 500, never another 5xx.
    /// </summary>
    public static void AnswersAreExplained(IReadOnlyList<Outcome> outcomes)
    {
        var serverErrors = outcomes.Where(o => o.Status is >= 500 and not 503).ToList();
        serverErrors.Should().BeEmpty("no 500 and no 5xx other than 503 may be answered, e.g.\n{0}",
            string.Join("\n", serverErrors.Take(Examples)));

        var badUnavailable = outcomes.Where(o => o.IsUnavailable && (o.MediaType != "application/problem+json"
                                                                     || string.IsNullOrEmpty(o.RetryAfter)
                                                                     || o.ErrorCode != "service.unavailable"))
            .ToList();
        badUnavailable.Should().BeEmpty("a 503 must be an application/problem+json 'service.unavailable' with Retry-After, e.g.\n{0}",
            string.Join("\n", badUnavailable.Take(Examples)));

        // A 412 (and a 409 to a retried registration) is explained only by an earlier answer on the same village
        // that was not definite: nobody but its own client writes a village. A keyed command never gets either:
        // its retry carries the key, which replays the first answer if that one committed.
        var unsure = new HashSet<string>();
        var unexplained = new List<Outcome>();
        foreach (var outcome in outcomes.OrderBy(o => o.StartedAt))
        {
            var explained = (outcome.Kind, outcome.Status) switch
            {
                (_, 503) or (_, null) => true,
                (CommandKind.Register or CommandKind.RetryRegister, 201) => true,
                (CommandKind.RegisterEnvoy or CommandKind.AssignEnvoy, 201) => true,
                (CommandKind.RetryRegister, 409) => outcome.ErrorCode == "village.already-registered",
                (CommandKind.Correct, 200) => true,
                (CommandKind.Correct, 412) => outcome is { ErrorCode: "version.stale", IdempotencyKey: null }
                                              && unsure.Contains(outcome.VillageCode),
                (CommandKind.Read, 200) => true,
                _ => false,
            };
            if (!explained)
            {
                unexplained.Add(outcome);
            }

            if (outcome is { Kind: CommandKind.Correct, IsUnavailable: true } or { Kind: CommandKind.Correct, NoAnswer: true })
            {
                unsure.Add(outcome.VillageCode);
            }
        }

        unexplained.Should().BeEmpty("every answer must follow from what the clients did, e.g.\n{0}",
            string.Join("\n", unexplained.Take(Examples)));
    }

    /// <summary>Nothing hangs: every request ends (answer or refused connection) within <see cref="FaultSettings.MaxLatency"/>.</summary>
    public static void NothingHangs(IReadOnlyList<Outcome> outcomes)
    {
        var slow = outcomes.Where(o => o.Latency > FaultSettings.MaxLatency || o.Transport == "Timeout").ToList();
        slow.Should().BeEmpty("every request must end within {0} s, e.g.\n{1}",
            FaultSettings.MaxLatency.TotalSeconds, string.Join("\n", slow.Take(Examples)));
    }

    /// <summary>
    /// A client picks its node a moment before it stamps the request's start, so a request to a node the test just
    /// took out of rotation may be stamped just after the test's mark.
    /// </summary>
    public static readonly TimeSpan SchedulingSlack = TimeSpan.FromMilliseconds(500);

    /// <summary>Requests went unanswered (refused, cut off) only where <paramref name="excused"/> says a node was down.</summary>
    public static void UnansweredOnlyWhere(IReadOnlyList<Outcome> outcomes, Func<Outcome, bool> excused, string because)
    {
        var unanswered = outcomes.Where(o => o.NoAnswer && !excused(o)).ToList();
        unanswered.Should().BeEmpty("requests may go unanswered only {0}, e.g.\n{1}",
            because, string.Join("\n", unanswered.Take(Examples)));
    }

    /// <summary>The node takes a command now: a fresh registration is answered 201 at the first attempt.</summary>
    public static async Task ShouldAcceptCommandsAsync(ApiNode node)
    {
        using var client = node.Process.CreateClient(TestTokens.For(Roles.Operator, VillageLoad.City, "fault-probe"));
        var response = await client.PostAsJsonAsync("/api/villages", VillageLoad.NewRegistration());
        response.StatusCode.Should().Be(HttpStatusCode.Created, "{0} must take commands: {1}",
            node.Name, await response.Content.ReadAsStringAsync());
    }

    /// <summary>One line of figures for the test output.</summary>
    public static string Figures(IReadOnlyList<Outcome> outcomes)
    {
        var answered = outcomes.Where(o => !o.NoAnswer).Select(o => o.Latency.TotalMilliseconds).Order().ToList();
        var statuses = outcomes.GroupBy(o => o.Status?.ToString(CultureInfo.InvariantCulture) ?? "none")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}:{g.Count()}");
        var kinds = outcomes.GroupBy(o => o.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}");
        var unavailable = outcomes.Where(o => o.IsUnavailable).Select(o => o.Latency.TotalMilliseconds).DefaultIfEmpty().Max();
        return string.Create(CultureInfo.InvariantCulture,
            $"sent {outcomes.Count} ({string.Join(" ", kinds)}); 2xx {outcomes.Count(o => o.IsSuccess)}, " +
            $"503 {outcomes.Count(o => o.IsUnavailable)}, no answer {outcomes.Count(o => o.NoAnswer)}; " +
            $"statuses {string.Join(" ", statuses)}; latency ms p50 {Percentile(answered, 0.5):F0} " +
            $"p99 {Percentile(answered, 0.99):F0} max {answered.DefaultIfEmpty().Max():F0}; slowest 503 {unavailable:F0} ms");
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
