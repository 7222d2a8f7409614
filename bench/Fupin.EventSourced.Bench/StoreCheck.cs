using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Fupin.EventSourced.Bench;

/// <summary>What the store holds after an HTTP run, against what the clients were told.</summary>
public sealed record StoreCheck(
    long VillagesAcknowledged, long EnvoysAcknowledged, long StreamsFound, long Missing, long VersionMismatches, long Unexpected,
    long EventsFound, long EventsExpected, long VillageStreamsFound, long CountyVillageCountTotal,
    long AssignmentsAcknowledged, long AssignmentsNotInEnvoyStream, long EndsAcknowledged, long EndsNotInEnvoyStream,
    long AssignmentPeriodsMissing)
{
    public bool Consistent => Missing == 0 && VersionMismatches == 0 && Unexpected == 0 && EventsFound == EventsExpected
                              && CountyVillageCountTotal == VillageStreamsFound && AssignmentsNotInEnvoyStream == 0
                              && EndsNotInEnvoyStream == 0 && AssignmentPeriodsMissing == 0;

    public string Describe()
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{StreamsFound} streams found for {VillagesAcknowledged} acknowledged village and {EnvoysAcknowledged} envoy registrations ({Missing} missing, " +
            $"{VersionMismatches} at another version than last acknowledged, {Unexpected} unknown to clients); " +
            $"{EventsFound} events for {EventsExpected} acknowledged; CountyVillageCount counts {CountyVillageCountTotal} of {VillageStreamsFound} villages");
        return EnvoysAcknowledged == 0 ? text : text + string.Create(CultureInfo.InvariantCulture,
            $"; {AssignmentsAcknowledged} acknowledged assignments ({AssignmentsNotInEnvoyStream} not in their envoy's stream), " +
            $"{EndsAcknowledged} acknowledged ends ({EndsNotInEnvoyStream} not in the stream), " +
            $"{AssignmentPeriodsMissing} AssignmentPeriod documents missing or not ended");
    }

    /// <summary>
    /// Compares the store with what the clients were acknowledged: every stream at its last acknowledged version,
    /// every event counted, every acknowledged assignment and end in its envoy's stream, and (once the daemon has
    /// caught up, waiting up to <paramref name="projectionTimeout"/>) in the async AssignmentPeriod documents.
    /// </summary>
    public static async Task<StoreCheck> RunAsync(string connectionString, IReadOnlyList<CommandClient> clients, TimeSpan projectionTimeout)
    {
        var villages = clients.SelectMany(c => c.Streams).ToList();
        var envoys = clients.SelectMany(c => c.Envoys).Select(e => (Code: e.Id, e.Version)).ToList();
        var assignments = clients.SelectMany(c => c.Assignments).ToList();
        var acknowledged = villages.Concat(envoys).ToList();
        var schema = HttpCommandBench.Schema;

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var (id, version) in Rows(connection, $"select id, version from {schema}.mt_streams", r => (r.GetString(0), r.GetInt64(1))))
        {
            found[id] = version;
        }

        long missing = 0, mismatched = 0;
        foreach (var (code, version) in acknowledged)
        {
            if (!found.TryGetValue(code, out var stored))
            {
                missing++;
            }
            else if (stored != version)
            {
                mismatched++;
            }
        }

        var known = acknowledged.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var events = await Databases.ScalarAsync(connection, $"select count(*) from {schema}.mt_events");
        var countyVillages = await Databases.ScalarAsync(connection,
            $"select coalesce(sum((data->>'VillageCount')::bigint), 0) from {schema}.mt_doc_countyvillagecount");
        var villageStreams = found.Keys.Count(k => k.Length == 12 && k.All(char.IsAsciiDigit));

        var assigned = await Pairs(connection, $"select stream_id, data->>'AssignmentId' from {schema}.mt_events where type = 'envoy_assigned'");
        var ended = await Pairs(connection, $"select stream_id, data->>'AssignmentId' from {schema}.mt_events where type = 'assignment_ended'");
        var periodsMissing = assignments.Count == 0 ? 0 : await AssignmentPeriodsMissingAsync(connection, assignments, projectionTimeout);
        return new StoreCheck(villages.Count, envoys.Count, found.Count, missing, mismatched, found.Keys.Count(k => !known.Contains(k)),
            events, acknowledged.Sum(s => s.Version), villageStreams, countyVillages,
            assignments.Count, assignments.Count(a => !assigned.Contains((a.EnvoyId, a.Id))),
            assignments.Count(a => a.Ended), assignments.Count(a => a.Ended && !ended.Contains((a.EnvoyId, a.Id))),
            periodsMissing);
    }

    /// <summary>Acknowledged assignments without their document (or, once ended, without its end), after the daemon had its time.</summary>
    private static async Task<long> AssignmentPeriodsMissingAsync(NpgsqlConnection connection, List<OwnAssignment> assignments, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var periods = new Dictionary<string, bool>(StringComparer.Ordinal);
            await foreach (var (id, isEnded) in Rows(connection,
                               $"select id, data->>'EndedOn' is not null from {HttpCommandBench.Schema}.mt_doc_assignmentperiod",
                               r => (r.GetString(0), r.GetBoolean(1))))
            {
                periods[id] = isEnded;
            }

            var missing = assignments.Count(a => !periods.TryGetValue(a.Id, out var isEnded) || (a.Ended && !isEnded));
            if (missing == 0 || clock.Elapsed > timeout)
            {
                return missing;
            }

            await Task.Delay(200);
        }
    }

    private static async Task<HashSet<(string, string)>> Pairs(NpgsqlConnection connection, string sql)
    {
        var pairs = new HashSet<(string, string)>();
        await foreach (var pair in Rows(connection, sql, r => (r.GetString(0), r.GetString(1))))
        {
            pairs.Add(pair);
        }

        return pairs;
    }

    private static async IAsyncEnumerable<T> Rows<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            yield return read(reader);
        }
    }
}
