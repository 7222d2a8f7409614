using System.Globalization;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Correcting;
using Fupin.EventSourced.Domain.Projects.Registering;
using Fupin.EventSourced.Domain.Projects.Transacting;
using Fupin.EventSourced.Projections.Projects;
using Marten;

namespace Fupin.EventSourced.Api.Projects.Verifying;

/// <summary>What verifying one project found.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Events">How many events its stream holds.</param>
/// <param name="ChainIntact">Whether every event's hash is the one its content makes and every link names the event before it.</param>
/// <param name="FirstBreak">The first broken link, when the chain is not intact.</param>
/// <param name="ReadModelMatches">Whether the stored read models (the project's state and its transactions) equal the state replayed from the events.</param>
/// <param name="Differences">Each figure where the read model and the replay differ: name, read model, events.</param>
public sealed record ProjectVerification(
    string ProjectId,
    long Events,
    bool ChainIntact,
    ChainBreak? FirstBreak,
    bool ReadModelMatches,
    IReadOnlyList<string> Differences)
{
    public bool Intact => ChainIntact && ReadModelMatches;
}

/// <summary>What verifying every project in the caller's division found.</summary>
/// <param name="VerifiedAt">When.</param>
/// <param name="Projects">Projects verified.</param>
/// <param name="Events">Events recomputed.</param>
/// <param name="Intact">Projects whose chain is intact and whose read model matches.</param>
/// <param name="Failed">Every project that is not, with what was found.</param>
public sealed record FundsVerification(DateTimeOffset VerifiedAt, int Projects, long Events, int Intact, IReadOnlyList<ProjectVerification> Failed);

/// <summary>
/// Recomputes projects' hash chains from the stored events and their state by replaying the events, and compares
/// that state with the read models the API serves (the inline <see cref="Project"/> document and the project's
/// <see cref="FundTransaction"/> documents), naming each difference. Used by the auditors' endpoints and the <c>verify-funds</c> command.
/// </summary>
public static class FundVerification
{
    public static async Task<ProjectVerification?> VerifyAsync(IQuerySession session, string projectId, CancellationToken cancellation = default)
    {
        IReadOnlyList<JasperFx.Events.IEvent> events;
        try
        {
            events = await session.Events.FetchStreamAsync(projectId, token: cancellation);
        }
        catch (Exception e) when (e is Marten.Exceptions.EventDeserializationFailureException or JasperFx.Events.EventDeserializationFailureException
                                       or System.Text.Json.JsonException or InvalidOperationException or NotSupportedException or FormatException)
        {
            return new(projectId, 0, false, new ChainBreak(0, "the stored events cannot be read back: an event's JSON was altered so that it no longer is the event it was"), false, ["events unreadable"]);
        }

        if (events.Count == 0)
        {
            return null;
        }

        var chainBreak = FundChain.FirstBreak(events.Select(e => (e.Version, e.Data)));
        var stored = await session.LoadAsync<Project>(projectId, cancellation);
        var storedTransactions = await FundTransactions.OfProjectsAsync(session, [projectId], cancellation);
        Project? replayed;
        var replayedTransactions = new Dictionary<string, FundTransaction>(StringComparer.Ordinal);
        try
        {
            replayed = events.Aggregate((Project?)null, (state, e) => Project.Evolve(state, e.Data) with { Version = e.Version });
            foreach (var e in events)
            {
                if (e.Data switch { FundTransactionRecorded r => r.TransactionId, FundTransactionCorrected c => c.TransactionId, _ => null } is { } id)
                {
                    replayedTransactions[id] = FundTransaction.Evolve(replayedTransactions.GetValueOrDefault(id), e.Data, e.Version);
                }
            }
        }
        catch (InvalidOperationException e)
        {
            return new(projectId, events.Count, chainBreak is null, chainBreak, false, ["the events cannot be replayed: " + e.Message]);
        }

        var differences = Differences(stored, storedTransactions, replayed!, replayedTransactions.Values);
        return new(projectId, events.Count, chainBreak is null, chainBreak, differences.Count == 0, differences);
    }

    /// <summary>Every project of the division prefix (all when null), found from their registration events, not from the read model.</summary>
    public static async Task<FundsVerification> VerifyAllAsync(IQuerySession session, string? divisionPrefix, CancellationToken cancellation = default)
    {
        var projectIds = await ProjectIdsAsync(session, divisionPrefix, cancellation);
        var results = new List<ProjectVerification>();
        foreach (var id in projectIds)
        {
            if (await VerifyAsync(session, id, cancellation) is { } result)
            {
                results.Add(result);
            }
        }

        return new FundsVerification(DateTimeOffset.UtcNow, results.Count, results.Sum(r => r.Events), results.Count(r => r.Intact),
            [.. results.Where(r => !r.Intact)]);
    }

    public static async Task<IReadOnlyList<string>> ProjectIdsAsync(IQuerySession session, string? divisionPrefix, CancellationToken cancellation)
    {
        var registrations = session.Events.QueryRawEventDataOnly<ProjectRegistered>();
        var ids = divisionPrefix is null
            ? await registrations.Select(r => r.ProjectId).ToListAsync(cancellation)
            : await registrations.Where(r => r.DivisionCode.StartsWith(divisionPrefix)).Select(r => r.ProjectId).ToListAsync(cancellation);
        return [.. ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private static List<string> Differences(Project? stored, IEnumerable<FundTransaction> storedTransactions, Project replayed,
        IEnumerable<FundTransaction> replayedTransactions)
    {
        if (stored is null)
        {
            return ["the read model has no document for this project"];
        }

        var mine = Facts(stored, storedTransactions);
        var theirs = Facts(replayed, replayedTransactions);
        return
        [
            .. mine.Keys.Union(theirs.Keys).Order(StringComparer.Ordinal)
                .Where(key => mine.GetValueOrDefault(key) != theirs.GetValueOrDefault(key))
                .Select(key => $"{key}: read model {mine.GetValueOrDefault(key) ?? "(none)"}, events {theirs.GetValueOrDefault(key) ?? "(none)"}"),
        ];
    }

    /// <summary>The figures the read models serve (the project's state and its transactions' documents), by name: what a difference is reported by.</summary>
    private static Dictionary<string, string> Facts(Project p, IEnumerable<FundTransaction> transactions)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["version"] = p.Version.ToString(CultureInfo.InvariantCulture),
            ["chainHead"] = p.ChainHead,
            ["divisionCode"] = p.DivisionCode,
            ["funds.allocated"] = Money.Show(p.Totals.Allocated),
            ["funds.received"] = Money.Show(p.Totals.Received),
            ["funds.committed"] = Money.Show(p.Totals.Committed),
            ["funds.disbursed"] = Money.Show(p.Totals.Disbursed),
            ["funds.spent"] = Money.Show(p.Totals.Spent),
            ["funds.balance"] = Money.Show(p.Totals.Balance),
            ["transactions"] = p.TransactionCount.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var line in p.Lines)
        {
            facts[$"lines.{line.Line}.committed"] = Money.Show(line.Committed);
            facts[$"lines.{line.Line}.spent"] = Money.Show(line.Spent);
        }

        foreach (var budget in p.Budgets)
        {
            facts[$"budgets.{budget.Year}.{budget.Line}.original"] = Money.Show(budget.Original);
            facts[$"budgets.{budget.Year}.{budget.Line}.current"] = Money.Show(budget.Current);
        }

        foreach (var t in transactions)
        {
            facts[$"transactions.{t.Id}"] = t.Current is { } c
                ? $"{t.Type} {c.On:yyyy-MM-dd} {Money.Show(c.Amount)} {c.BudgetLine}"
                : $"{t.Type} voided";
            facts[$"transactions.{t.Id}.record"] = string.Create(CultureInfo.InvariantCulture,
                $"project {t.ProjectId} division {t.DivisionCode}, recorded at version {t.RecordedAtVersion}, changed at {t.ChangedAtVersion}, corrections {string.Join(",", t.Corrections)}");
        }

        return facts;
    }
}
