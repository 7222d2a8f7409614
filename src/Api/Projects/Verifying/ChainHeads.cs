using Fupin.EventSourced.Domain.Projects;
using Marten;

namespace Fupin.EventSourced.Api.Projects.Verifying;

/// <summary>How one exported chain head compares with the stored events.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Version">The version the export names.</param>
/// <param name="Finding"><c>matches</c>, <c>rewritten</c> (another hash at that version), <c>truncated</c> (the stream no longer reaches that version), <c>broken</c> (the chain up to it does not verify), <c>missing</c> (no such stream) or <c>outside-division</c>.</param>
/// <param name="ExportedHash">The hash the export holds.</param>
/// <param name="StoredHash">The hash the stored event at that version carries, when there is one.</param>
/// <param name="Detail">What broke, for <c>broken</c>.</param>
public sealed record ChainHeadFinding(string ProjectId, long Version, string Finding, string ExportedHash, string? StoredHash, string? Detail);

/// <summary>An earlier export compared with the stored events.</summary>
/// <param name="ComparedAt">When.</param>
/// <param name="ExportedAt">When the export was taken.</param>
/// <param name="Projects">Heads compared.</param>
/// <param name="Matching">Heads that match.</param>
/// <param name="Differences">Every head that does not, with what was found.</param>
public sealed record ChainHeadComparison(DateTimeOffset ComparedAt, DateTimeOffset ExportedAt, int Projects, int Matching, IReadOnlyList<ChainHeadFinding> Differences);

public static class ChainHeads
{
    /// <summary>The heads of every project's chain in the division prefix (all when null), from the projects' state.</summary>
    public static async Task<ChainHeadExport> ExportAsync(IQuerySession session, string? divisionPrefix, CancellationToken cancellation)
    {
        var projects = divisionPrefix is null
            ? session.Query<Project>()
            : session.Query<Project>().Where(p => p.DivisionCode.StartsWith(divisionPrefix));
        var heads = await projects.OrderBy(p => p.Id).Select(p => new ChainHead(p.Id, p.DivisionCode, p.Version, p.ChainHead)).ToListAsync(cancellation);
        return new ChainHeadExport(DateTimeOffset.UtcNow, FundChain.FormatTag, [.. heads]);
    }

    /// <summary>Recomputes each exported project's chain from the stored events up to the exported version and compares the hash there.</summary>
    public static async Task<ChainHeadComparison> CompareAsync(IQuerySession session, ChainHeadExport export, Func<string, bool> covers,
        CancellationToken cancellation)
    {
        var findings = new List<ChainHeadFinding>();
        foreach (var head in export.Heads)
        {
            findings.Add(await CompareAsync(session, head, covers, cancellation));
        }

        return new ChainHeadComparison(DateTimeOffset.UtcNow, export.ExportedAt, findings.Count, findings.Count(f => f.Finding == "matches"),
            [.. findings.Where(f => f.Finding != "matches")]);
    }

    private static async Task<ChainHeadFinding> CompareAsync(IQuerySession session, ChainHead head, Func<string, bool> covers, CancellationToken cancellation)
    {
        var events = await session.Events.FetchStreamAsync(head.ProjectId, version: head.Version, token: cancellation);
        if (events.Count == 0 || events[0].Data is not IChainedEvent first)
        {
            return new(head.ProjectId, head.Version, "missing", head.Hash, null, null);
        }

        if (first is not Domain.Projects.Registering.ProjectRegistered registered || !covers(registered.DivisionCode))
        {
            return new(head.ProjectId, head.Version, "outside-division", head.Hash, null, null);
        }

        if (events[^1].Version < head.Version)
        {
            return new(head.ProjectId, head.Version, "truncated", head.Hash, null, $"the stream now ends at version {events[^1].Version}");
        }

        var stored = (events[^1].Data as IChainedEvent)?.Hash;
        if (FundChain.FirstBreak(events.Select(e => (e.Version, e.Data))) is { } broken)
        {
            return new(head.ProjectId, head.Version, "broken", head.Hash, stored, $"version {broken.Version}: {broken.Reason}");
        }

        return string.Equals(stored, head.Hash, StringComparison.Ordinal)
            ? new(head.ProjectId, head.Version, "matches", head.Hash, stored, null)
            : new(head.ProjectId, head.Version, "rewritten", head.Hash, stored, "the chain verifies but hashes differently at this version: it was rewritten");
    }
}
