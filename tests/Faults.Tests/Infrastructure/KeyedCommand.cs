namespace Fupin.EventSourced.Faults.Tests.Infrastructure;

/// <summary>
/// One command as a keyed client means it: one Idempotency-Key and one body, sent as often as it takes to get a
/// definite answer, with every attempt's outcome. What it should have applied is found in <c>mt_events</c> by its
/// marker: the village code it registers, the unique name it registers an envoy under or corrects a village to,
/// the (envoy, village) pair it assigns.
/// </summary>
/// <param name="UserId">The token's <c>sub</c>: keys are scoped per user.</param>
/// <param name="Subject">The village code it concerns; for an envoy's registration, the envoy's name.</param>
/// <param name="Name">The unique name it registers or corrects to (null for an assignment).</param>
/// <param name="EnvoyId">The envoy an assignment is for.</param>
public sealed record KeyedCommand(
    int Client,
    string UserId,
    CommandKind Kind,
    string Key,
    string Subject,
    string? Name,
    string? EnvoyId,
    string Path,
    ReadOnlyMemory<byte> Body,
    long? IfMatch)
{
    private readonly List<Outcome> _attempts = [];

    public IReadOnlyList<Outcome> Attempts => _attempts;

    /// <summary>The first definite answer (2xx or 4xx); null while, or if ever, only 503s and silence came back.</summary>
    public Outcome? Answer => _attempts.FirstOrDefault(a => a.IsDefinite);

    public bool Acknowledged => Answer is { IsSuccess: true };

    /// <summary>Attempts sent because the one before got no definite answer.</summary>
    public int Retries => _attempts.Skip(1).Where((_, i) => !_attempts[i].IsDefinite).Count();

    /// <summary>Attempts sent again after a definite answer, as a client that lost that answer would.</summary>
    public int Repeats => _attempts.Skip(1).Where((_, i) => _attempts[i].IsDefinite).Count();

    /// <summary>Every 2xx this command got, the first answer and the replays.</summary>
    public IEnumerable<Outcome> Successes => _attempts.Where(a => a.IsSuccess);

    public void Add(Outcome attempt) => _attempts.Add(attempt);
}
