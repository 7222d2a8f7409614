using Fupin.EventSourced.Api.Security;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Fupin.EventSourced.Api.Admin.Projections;

/// <summary>How far the asynchronous projections have got through the event store.</summary>
/// <param name="HighWaterMark">The highest event sequence the daemon knows to be complete (no gaps below it).</param>
/// <param name="EventCount">Events in the store.</param>
/// <param name="StreamCount">Streams in the store.</param>
/// <param name="Projections">Each asynchronous projection shard and the sequence it has processed.</param>
public sealed record ProjectionStatus(long HighWaterMark, long EventCount, long StreamCount, IReadOnlyList<ProjectionShard> Projections);

/// <summary>One projection shard's progress.</summary>
/// <param name="Name">Shard name, e.g. <c>CountyVillageCount:All</c>.</param>
/// <param name="Sequence">The last event sequence it has applied.</param>
/// <param name="Behind">Events between it and the high-water mark.</param>
public sealed record ProjectionShard(string Name, long Sequence, long Behind);

public static class GetProjectionStatusEndpoint
{
    /// <summary>Reads the async projections' progress against the event store's high-water mark.</summary>
    /// <remarks>For operators of the service: a projection that stays behind is stuck or failing.</remarks>
    /// <response code="200">Progress of every asynchronous projection.</response>
    [WolverineGet("/api/admin/projections", Name = "GetProjectionStatus")]
    [Authorize(Policy = Policies.Administer)]
    [ProducesResponseType<ProjectionStatus>(StatusCodes.Status200OK)]
    public static async Task<ProjectionStatus> Get(IDocumentStore store, CancellationToken cancellation)
    {
        var progress = await store.Advanced.AllProjectionProgress(token: cancellation);
        var statistics = await store.Advanced.FetchEventStoreStatistics(token: cancellation);
        var highWaterMark = progress.FirstOrDefault(s => s.ShardName == ShardState.HighWaterMark)?.Sequence ?? 0;
        var shards = progress
            .Where(s => s.ShardName != ShardState.HighWaterMark)
            .OrderBy(s => s.ShardName, StringComparer.Ordinal)
            .Select(s => new ProjectionShard(s.ShardName, s.Sequence, Math.Max(0, highWaterMark - s.Sequence)))
            .ToList();
        return new ProjectionStatus(highWaterMark, statistics.EventCount, statistics.StreamCount, shards);
    }
}
