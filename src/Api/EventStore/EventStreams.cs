using Fupin.EventSourced.Domain;

namespace Fupin.EventSourced.Api.EventStore;

/// <summary>
/// The one way commands change state. A command names the streams its decision reads; the door loads their
/// current states, checks the caller's scope against each stream's division, runs the pure decision, checks the
/// scope of what it would make, and appends its events to one or several streams in one transaction, with the
/// command's idempotency key. Concurrent commands are committed together (see <see cref="GroupCommitWriter"/>);
/// each caller is answered only after its events are committed. A decision may run more than once if another
/// writer got in between, always on fresh state.
/// </summary>
public sealed class EventStreams(GroupCommitWriter writer)
{
    /// <summary>A decision on one stream, appending to it (or starting it, when absent).</summary>
    public Task<IResult> Decide<TState>(
        StreamRead<TState> stream,
        Func<TState?, IEnumerable<object>> decide,
        CommandContext context,
        AnswerWith answer)
        where TState : class, IStreamState<TState> =>
        Decide([stream], states => Decision.Append(stream.Id, decide((TState?)states(stream.Id))), context, answer);

    /// <summary>A decision on two streams, appending to either or both (see <see cref="Decision"/>).</summary>
    public Task<IResult> Decide<T1, T2>(
        StreamRead<T1> first,
        StreamRead<T2> second,
        Func<T1?, T2?, Decision> decide,
        CommandContext context,
        AnswerWith answer)
        where T1 : class, IStreamState<T1>
        where T2 : class, IStreamState<T2> =>
        Decide([first, second], states => decide((T1?)states(first.Id), (T2?)states(second.Id)), context, answer);

    /// <summary>
    /// A decision on any number of streams, including none: a command that starts a stream under a new id reads
    /// nothing. <paramref name="decide"/> gets each read stream's state by id (null when it does not exist).
    /// </summary>
    /// <param name="alongside">
    /// Writes outside the event store that belong to the command (destroying an erased person's key), committed in
    /// the same transaction as its events, or not at all.
    /// </param>
    public Task<IResult> Decide(
        IReadOnlyList<StreamRead> reads,
        Func<Func<string, IStreamState?>, Decision> decide,
        CommandContext context,
        AnswerWith answer,
        IReadOnlyList<SqlWrite>? alongside = null) =>
        Answer(writer.Submit(new PendingCommand(reads, decide, context, answer, alongside ?? [])));

    /// <summary>Endpoints return <see cref="IResult"/>, so the OpenAPI document shows only the responses they declare.</summary>
    private static async Task<IResult> Answer(Task<CommandAnswer> answer) => await answer;
}
