using System.Globalization;

namespace Fupin.EventSourced.Faults.Tests.Infrastructure;

/// <summary>
/// What must hold for the keyed clients' commands after any fault: each is applied at most once, an acknowledged
/// one exactly once and as answered, and a replayed answer is the first answer. Judged from <c>mt_events</c> and
/// <c>idempotency_keys</c> as PostgreSQL holds them, each command found by its marker (<see cref="KeyedCommand"/>).
/// </summary>
public static class ExactlyOnceAssertions
{
    private const int Examples = 10;

    /// <summary>
    /// All of the below, once the fault made the keyed clients retry: clients that retry every unanswered command
    /// with its key end with each command applied exactly once.
    /// </summary>
    public static void KeyedCommandsAreAppliedExactlyOnce(
        IReadOnlyList<KeyedCommand> commands, IReadOnlyList<StoredEvent> events, IReadOnlyList<StoredKey> keys)
    {
        commands.Should().Contain(c => c.Retries > 0, "the fault must have left keyed commands unanswered, which were retried");
        commands.Should().Contain(c => c.Kind == CommandKind.RegisterEnvoy && c.Acknowledged, "envoys must have been registered");
        commands.Should().Contain(c => c.Repeats > 0, "answered commands must have been sent again, to compare their replay");
        EveryCommandWasAnswered(commands);
        EachIsAppliedExactlyOnce(commands, events, keys);
        ReplaysEqualTheFirstAnswer(commands);
    }

    /// <summary>
    /// Every command ends with a definite answer within <see cref="KeyedClient.RetryDeadline"/>: the faults here
    /// are shorter, so a client that keeps retrying with its key always learns what became of its command.
    /// </summary>
    public static void EveryCommandWasAnswered(IReadOnlyList<KeyedCommand> commands)
    {
        var unresolved = commands.Where(c => c.Answer is null).ToList();
        unresolved.Should().BeEmpty("every keyed command must get a definite answer within {0} s of retrying, e.g.\n{1}",
            KeyedClient.RetryDeadline.TotalSeconds, string.Join("\n", unresolved.Take(Examples).Select(Describe)));
    }

    /// <summary>
    /// No command is applied twice, answered or not; each acknowledged one is applied exactly once, under the id
    /// and at the version its answer gave; a refused one is not applied; and a command's key is stored exactly
    /// when its events are, with the answer the client got.
    /// </summary>
    public static void EachIsAppliedExactlyOnce(
        IReadOnlyList<KeyedCommand> commands, IReadOnlyList<StoredEvent> events, IReadOnlyList<StoredKey> keys)
    {
        var applied = new AppliedEvents(events);
        var storedKeys = keys.ToDictionary(k => (k.UserId, k.Key));
        var wrong = new List<string>();
        foreach (var command in commands)
        {
            var found = applied.Of(command);
            var key = storedKeys.GetValueOrDefault((command.UserId, command.Key));
            var answer = command.Successes.LastOrDefault();
            if (found.Count > 1)
            {
                wrong.Add($"applied {found.Count} times: {Describe(command)}");
            }
            else if (command.Acknowledged && found.Count == 0)
            {
                wrong.Add($"acknowledged but not applied: {Describe(command)}");
            }
            else if (answer is not null && found.Count == 1 && (answer.AnsweredId != AppliedEvents.IdOf(found[0]) || answer.Version != found[0].Version))
            {
                wrong.Add($"answered {answer.AnsweredId} v{answer.Version}, applied as {AppliedEvents.IdOf(found[0])} " +
                          $"v{found[0].Version}: {Describe(command)}");
            }
            else if (command.Answer is { IsSuccess: false } && found.Count > 0)
            {
                wrong.Add($"refused but applied: {Describe(command)}");
            }
            else if ((key is not null) != (found.Count == 1))
            {
                wrong.Add($"key {(key is null ? "missing" : "stored")} though the command was {(found.Count == 1 ? "" : "not ")}applied: {Describe(command)}");
            }
            else if (key is not null && answer is not null
                     && (key.Status, key.ResourceId, key.Version, key.Location) != (answer.Status, answer.AnsweredId, answer.Version, answer.Location))
            {
                wrong.Add($"key stored with {key}, client got {answer}");
            }
        }

        wrong.Should().BeEmpty("each keyed command must be applied at most once, exactly once when acknowledged, " +
                               "as answered ({0} are not, e.g.\n{1})", wrong.Count, string.Join("\n", wrong.Take(Examples)));
    }

    /// <summary>
    /// A command sent with a fresh key is applied on its first 2xx, never replayed then; every later 2xx is a
    /// replay equal to the first answer seen: status, body, ETag and Location.
    /// </summary>
    public static void ReplaysEqualTheFirstAnswer(IReadOnlyList<KeyedCommand> commands)
    {
        var wrong = new List<string>();
        foreach (var command in commands)
        {
            if (command.Attempts[0] is { IsSuccess: true, Replayed: true })
            {
                wrong.Add($"the first attempt under a fresh key was answered as a replay: {Describe(command)}");
            }

            var successes = command.Successes.ToList();
            var first = successes.FirstOrDefault();
            foreach (var later in successes.Skip(1))
            {
                if (!later.Replayed)
                {
                    wrong.Add($"a 2xx after the first one is not marked replayed: {Describe(command)}");
                }
                else if ((later.Status, later.Body, later.Version, later.Location) != (first!.Status, first.Body, first.Version, first.Location))
                {
                    wrong.Add($"replay {later.Status} {later.Body} ETag {later.Version} Location {later.Location} differs from the first answer " +
                              $"{first.Status} {first.Body} ETag {first.Version} Location {first.Location}: {Describe(command)}");
                }
            }
        }

        wrong.Should().BeEmpty("a replay must equal the first answer ({0} do not, e.g.\n{1})", wrong.Count,
            string.Join("\n", wrong.Take(Examples)));
    }

    /// <summary>One line of figures for the test output.</summary>
    public static string Figures(IReadOnlyList<KeyedCommand> commands)
    {
        var kinds = commands.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}");
        var attempts = commands.SelectMany(c => c.Attempts).ToList();
        var retried = commands.Where(c => c.Retries > 0).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{commands.Count} commands ({string.Join(" ", kinds)}) in {attempts.Count} requests; " +
            $"{retried.Sum(c => c.Retries)} retries of {retried.Count} commands after no answer or a 503; " +
            $"acknowledged {commands.Count(c => c.Acknowledged)}, refused {commands.Count(c => c.Answer is { IsSuccess: false })}, " +
            $"unresolved {commands.Count(c => c.Answer is null)}; first answer a replay (applied by an unanswered attempt) " +
            $"{commands.Count(c => c.Answer is { Replayed: true })}; sent again after an answer {commands.Sum(c => c.Repeats)}; " +
            $"replays {attempts.Count(a => a.Replayed)}");
    }

    private static string Describe(KeyedCommand command) =>
        $"{command.Kind} {command.Subject} {command.Name} key {command.Key} by {command.UserId}: " +
        string.Join(" | ", command.Attempts.Select(a => a.Status?.ToString(CultureInfo.InvariantCulture) ?? a.Transport));

    /// <summary>The stored events a keyed command can have applied, by its marker.</summary>
    private sealed class AppliedEvents(IReadOnlyList<StoredEvent> events)
    {
        private readonly ILookup<string, StoredEvent> _villages = events.ToLookup(e => e.Registered?.VillageCode ?? "");
        private readonly ILookup<string, StoredEvent> _envoys = events.ToLookup(e => e.EnvoyRegistered?.Name ?? "");
        private readonly ILookup<(string, string), StoredEvent> _corrections =
            events.ToLookup(e => e.Corrected is { } c ? (c.VillageCode, c.Name) : ("", ""));
        private readonly ILookup<(string, string), StoredEvent> _assignments =
            events.ToLookup(e => e.EnvoyAssigned is { } a ? (a.EnvoyId, a.VillageCode) : ("", ""));

        public List<StoredEvent> Of(KeyedCommand command) => [.. command.Kind switch
        {
            CommandKind.Register => _villages[command.Subject],
            CommandKind.RegisterEnvoy => _envoys[command.Subject],
            CommandKind.Correct => _corrections[(command.Subject, command.Name!)],
            CommandKind.AssignEnvoy => _assignments[(command.EnvoyId!, command.Subject)],
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Kind, "not a keyed command"),
        }];

        /// <summary>The id a command's answer reports for this event: its stream's, or the assignment's.</summary>
        public static string IdOf(StoredEvent stored) => stored.EnvoyAssigned?.AssignmentId ?? stored.StreamKey;
    }
}
