using Fupin.EventSourced.Api.EventStore.Idempotency;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain;
using JasperFx.Events;
using Marten;

namespace Fupin.EventSourced.Api.EventStore;

/// <summary>A command waiting in <see cref="GroupCommitWriter"/>'s queue, and the caller awaiting its answer.</summary>
public sealed class PendingCommand(
    IReadOnlyList<StreamRead> reads,
    Func<Func<string, IStreamState?>, Decision> decide,
    CommandContext context,
    AnswerWith answer,
    IReadOnlyList<SqlWrite> alongside)
{
    private readonly TaskCompletionSource<CommandAnswer> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Dictionary<string, IStreamState?> _states = new(StringComparer.Ordinal);
    private CommandAnswer? _answer;

    public IReadOnlyList<StreamRead> Reads { get; } = reads;
    public CommandContext Context { get; } = context;

    /// <summary>What two commands in one batch must not share: the streams read, and the idempotency key.</summary>
    public IEnumerable<string> Keys => Reads.Select(read => read.Id)
        .Concat(IdempotencyKey is { } key ? [$"idempotency:{key.User}:{key.Key}"] : []);

    public (string User, string Key)? IdempotencyKey =>
        Context.Idempotency is { } idempotency ? (Context.UserId, idempotency.Key) : null;

    /// <summary>Streams the decision read but did not append to, with the version it read: locked and compared at commit.</summary>
    public IReadOnlyList<(string Id, long Version)> ReadOnly { get; private set; } = [];

    public Task<CommandAnswer> Completion => _completion.Task;

    public void Loaded(string id, IStreamState? state) => _states[id] = state;

    /// <summary>
    /// Answers from the stored first answer of its idempotency key, or runs the decision on the loaded states and
    /// queues its events (and its key) into the session. Returns false when there is nothing to commit: the
    /// caller already has an answer or an error.
    /// </summary>
    public bool Decide(IDocumentSession session, StoredAnswer? stored, IdempotencyKeysTable keys, TimeSpan keyLifetime)
    {
        if (stored is { Expired: false })
        {
            if (stored.Fingerprint == Context.Idempotency!.Fingerprint)
            {
                Succeed(stored.Answer);
            }
            else
            {
                Fail(new IdempotencyKeyReusedException(Context.Idempotency.Key));
            }

            return false;
        }

        try
        {
            var changes = DecideAndCheck();
            var versionNow = _states.GetValueOrDefault(answer.VersionOf)?.Version ?? 0;
            if (changes.Count == 0)
            {
                Succeed(CommandAnswer.Of(answer, versionNow));
                return false;
            }

            var versions = Append(session, changes);
            foreach (var write in alongside)
            {
                session.QueueSqlCommand(write.Sql, write.Arguments);
            }

            _answer = CommandAnswer.Of(answer, versions.GetValueOrDefault(answer.VersionOf, versionNow));
            if (IdempotencyKey is { } key)
            {
                if (stored is { Expired: true })
                {
                    session.QueueSqlCommand(keys.DeleteSql, key.User, key.Key);
                }

                session.QueueSqlCommand(keys.InsertSql, key.User, key.Key, Context.Idempotency!.Fingerprint, _answer.Status,
                    _answer.Written.Id, _answer.Written.Version, (object?)_answer.Location ?? DBNull.Value, keyLifetime.TotalSeconds);
            }

            return true;
        }
        catch (Exception refused)
        {
            Fail(refused);
            return false;
        }
    }

    public void Succeed() => Succeed(_answer ?? throw new InvalidOperationException("The command was not decided."));

    public void Fail(Exception error) => _completion.TrySetException(error);

    private void Succeed(CommandAnswer answer) => _completion.TrySetResult(answer);

    /// <summary>Scope, existence and If-Match of every stream read, then the decision, then the scope and partition of what it would make.</summary>
    private List<(StreamChange Change, StreamKind Kind, IStreamState? Current)> DecideAndCheck()
    {
        foreach (var read in Reads)
        {
            var state = _states.GetValueOrDefault(read.Id);
            if (state is not null && !Context.Scope.Covers(state.DivisionCode))
            {
                throw new ScopeDeniedException(read.Id);
            }

            if (state is null && read.MustExist)
            {
                throw read.Kind.NotFound(read.Id);
            }

            if (read.ExpectedVersion is { } expected && state is not null && state.Version != expected)
            {
                throw new ExpectedVersionMismatchException(read.Id, expected, state.Version);
            }
        }

        var decision = decide(id => _states.TryGetValue(id, out var state)
            ? state
            : throw new InvalidOperationException($"The decision asked for stream {id}, which the command did not read."));

        var changes = new List<(StreamChange, StreamKind, IStreamState?)>();
        var provinces = new HashSet<string>(_states.Values.OfType<IStreamState>().Select(s => Divisions.ProvinceOf(s.DivisionCode)).OfType<string>());
        foreach (var change in decision.Changes.Where(c => c.Events.Count > 0))
        {
            var read = Reads.FirstOrDefault(r => r.Id == change.StreamId);
            var kind = read?.Kind ?? (change.StartsAs is { } type
                ? StreamKind.Of(type)
                : throw new InvalidOperationException($"The decision appends to stream {change.StreamId}, which it did not read."));
            var current = read is null ? null : _states[read.Id];
            var after = kind.Evolve(current, change.Events);
            if (!Context.Scope.Covers(after.DivisionCode))
            {
                throw new ScopeDeniedException(change.StreamId);
            }

            if (Divisions.ProvinceOf(after.DivisionCode) is { } province)
            {
                provinces.Add(province);
            }
            changes.Add((change, kind, current));
        }

        if (provinces.Count > 1)
        {
            throw new CrossProvinceException(provinces);
        }

        ReadOnly = [.. Reads
            .Where(read => _states[read.Id] is not null && changes.All(c => c.Item1.StreamId != read.Id))
            .Select(read => (read.Id, _states[read.Id]!.Version))];
        return changes;
    }

    /// <summary>Queues the events; each stream is appended at the version the decision saw, which the database checks again.</summary>
    private Dictionary<string, long> Append(IDocumentSession session, IReadOnlyList<(StreamChange Change, StreamKind Kind, IStreamState? Current)> changes)
    {
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (change, kind, current) in changes)
        {
            var version = (current?.Version ?? 0) + change.Events.Count;
            var stream = current is null
                ? session.Events.StartStream(kind.StateType, change.StreamId, [.. change.Events])
                : session.Events.Append(change.StreamId, version, [.. change.Events]);
            foreach (var appended in stream.Events)
            {
                Stamp(appended);
            }

            versions[change.StreamId] = version;
        }

        return versions;
    }

    private void Stamp(IEvent appended)
    {
        appended.UserName = Context.UserId;
        appended.CorrelationId = Context.CorrelationId;
        appended.SetHeader(CommandContext.RoleHeader, Context.Role);
    }
}
