using Fupin.EventSourced.Domain.Consultations.Answering;
using Fupin.EventSourced.Domain.Consultations.Asking;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Projections.Figures;

/// <summary>
/// The event types one of the ledger's projections counts. Consultations are by far the most numerous facts (seed
/// 002: 5,000 questions a year in one county against 25 trainings), so questions and answers each have a part of
/// their own and every other counted event shares the third; the parts are read from and rebuilt side by side.
/// </summary>
/// <param name="Key">The part's name in the tables' <c>part</c> column and its partitions' suffix.</param>
/// <param name="EventTypes">The counted event types it handles.</param>
public sealed record FigureLedgerPart(string Key, IReadOnlyList<Type> EventTypes)
{
    public static IReadOnlyList<FigureLedgerPart> All { get; } = Define();

    /// <summary>The projection's (and its daemon shard's) name.</summary>
    public string ProjectionName => $"{FigureLedgerProjection.NamePrefix}.{Key}";

    public string ShardName => ProjectionName + ":All";

    private static FigureLedgerPart[] Define()
    {
        Type[] asked = [typeof(ConsultationAsked)];
        Type[] answered = [typeof(ConsultationAnswered)];
        var others = typeof(ICountedEvent).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(ICountedEvent)))
            .Except([.. asked, .. answered])
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();
        return [new("asked", asked), new("answered", answered), new("others", others)];
    }
}
