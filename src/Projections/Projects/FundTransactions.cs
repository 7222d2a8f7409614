using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Projections.Envoys;
using Marten;

namespace Fupin.EventSourced.Projections.Projects;

/// <summary>The reads of the <see cref="FundTransaction"/> documents: a project's, a division's, a page of projects'.</summary>
public static class FundTransactions
{
    private const int ConsistentReadAttempts = 3;

    /// <summary>
    /// A project's state and its transactions as they stood at the state's version, oldest first; null when the project
    /// does not exist. The two are separate documents read one after the other: transactions recorded after the state
    /// was read are left out, and one corrected after it (its <see cref="FundTransaction.ChangedAtVersion"/> is later)
    /// makes it read both again, so the list always adds up to the totals and the version it is served with.
    /// </summary>
    public static async Task<(Project Project, IReadOnlyList<FundTransaction> Transactions)?> OfProjectAsync(
        IQuerySession session, string projectId, CancellationToken cancellation = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var project = await session.LoadAsync<Project>(projectId, cancellation);
            if (project is null)
            {
                return null;
            }

            var transactions = await session.Query<FundTransaction>()
                .Where(t => t.ProjectId == projectId && t.RecordedAtVersion <= project.Version)
                .OrderBy(t => t.RecordedAtVersion)
                .ToListAsync(cancellation);
            if (transactions.All(t => t.ChangedAtVersion <= project.Version) || attempt == ConsistentReadAttempts)
            {
                return (project, transactions);
            }
        }
    }

    /// <summary>Every transaction of the projects of a division and the divisions under it, over the indexed code range.</summary>
    public static async Task<IReadOnlyList<FundTransaction>> OfDivisionAsync(IQuerySession session, string prefix, CancellationToken cancellation = default)
    {
        var range = DivisionCodeRange.Of(prefix);
        return await session.QueryAsync<FundTransaction>(
            $"select data from {DocumentTables.Of<FundTransaction>(session)} where division_code >= ? and division_code < ?",
            cancellation, range.From, range.Before);
    }

    /// <summary>Every transaction of the given projects.</summary>
    public static async Task<IReadOnlyList<FundTransaction>> OfProjectsAsync(IQuerySession session, IReadOnlyCollection<string> projectIds,
        CancellationToken cancellation = default) =>
        projectIds.Count == 0
            ? []
            : await session.QueryAsync<FundTransaction>(
                $"select data from {DocumentTables.Of<FundTransaction>(session)} where project_id = any(?)", cancellation, (object)projectIds.ToArray());

    /// <summary>What the transactions as they stand now add up to in <paramref name="year"/>, by each one's business date.</summary>
    public static FundTotals InYear(IEnumerable<FundTransaction> transactions, int year) => transactions
        .Where(t => t.Current is { } current && current.On.Year == year)
        .Aggregate(FundTotals.Zero, (sum, t) => sum.Add(t.Type, t.Current!.Amount));
}
