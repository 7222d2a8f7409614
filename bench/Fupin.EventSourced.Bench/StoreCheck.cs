using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Fupin.EventSourced.Bench;

/// <summary>What the store holds after an HTTP run, against what the clients were told.</summary>
public sealed partial record StoreCheck(
    long VillagesAcknowledged, long EnvoysAcknowledged, long StreamsFound, long Missing, long VersionMismatches, long Unexpected,
    long EventsFound, long EventsExpected, long VillageStreamsFound, long CountyVillageCountTotal,
    long AssignmentsAcknowledged, long AssignmentsNotInEnvoyStream, long EndsAcknowledged, long EndsNotInEnvoyStream,
    long AssignmentPeriodsMissing, long HouseholdsAcknowledged = 0, long HouseholdStepsAcknowledged = 0,
    long HeadsSearchedInClear = 0, long HeadsFoundInClear = 0, long TrainingsAcknowledged = 0, long ConsultationsAcknowledged = 0,
    long AnswersAcknowledged = 0)
{
    public bool Consistent => Missing == 0 && VersionMismatches == 0 && Unexpected == 0 && EventsFound == EventsExpected
                              && CountyVillageCountTotal == VillageStreamsFound && AssignmentsNotInEnvoyStream == 0
                              && EndsNotInEnvoyStream == 0 && AssignmentPeriodsMissing == 0 && HeadsFoundInClear == 0;

    public string Describe()
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{StreamsFound} streams found for {VillagesAcknowledged} acknowledged village and {EnvoysAcknowledged} envoy registrations ({Missing} missing, " +
            $"{VersionMismatches} at another version than last acknowledged, {Unexpected} unknown to clients); " +
            $"{EventsFound} events for {EventsExpected} acknowledged; CountyVillageCount counts {CountyVillageCountTotal} of {VillageStreamsFound} villages");
        if (HouseholdsAcknowledged > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture,
                $"; {HouseholdsAcknowledged} acknowledged households (each with its head-identity stream at version 1, counted above) and {HouseholdStepsAcknowledged} acknowledged lifecycle steps; " +
                $"{HeadsFoundInClear} of {HeadsSearchedInClear} sampled head and member identity numbers found in clear in mt_events or mt_doc_household");
        }

        if (TrainingsAcknowledged + ConsultationsAcknowledged > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture,
                $"; {TrainingsAcknowledged} acknowledged trainings and {ConsultationsAcknowledged} consultations ({AnswersAcknowledged} answered), each a stream at its acknowledged version (counted above)");
        }

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
        var households = clients.SelectMany(c => c.Households).ToList();
        var fieldWork = clients.SelectMany(c => c.Trainings.Concat(c.Consultations)).Select(s => (Code: s.Id, s.Version)).ToList();
        var acknowledged = villages.Concat(envoys).Concat(fieldWork)
            .Concat(households.Select(h => (Code: h.Id, h.Version)))
            .Concat(households.Select(h => (Code: HeadLookup.StreamId(h.HeadIdentityNumber), Version: 1L)))
            .ToList();
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
        var sample = households.Where((_, i) => i % Math.Max(1, households.Count / 200) == 0).Take(200)
            .SelectMany(h => new[] { h.HeadIdentityNumber, MemberOf(h.HeadIdentityNumber) }).ToArray();
        var inClear = sample.Length == 0 ? 0 : await InClearAsync(connection, sample);
        return new StoreCheck(villages.Count, envoys.Count, found.Count, missing, mismatched, found.Keys.Count(k => !known.Contains(k)),
            events, acknowledged.Sum(s => s.Version), villageStreams, countyVillages,
            assignments.Count, assignments.Count(a => !assigned.Contains((a.EnvoyId, a.Id))),
            assignments.Count(a => a.Ended), assignments.Count(a => a.Ended && !ended.Contains((a.EnvoyId, a.Id))),
            periodsMissing, households.Count, households.Sum(h => h.Version - 1), sample.Length, inClear,
            clients.Sum(c => c.Trainings.Count), clients.Sum(c => c.Consultations.Count), clients.Sum(c => c.Consultations.Count(x => x.Version == 2)));
    }

    /// <summary>The spouse's identity number of a head registered by <see cref="CommandClient"/> (the next sequence number).</summary>
    private static string MemberOf(string head)
    {
        var first17 = head[..14] + (int.Parse(head.AsSpan(14, 3), CultureInfo.InvariantCulture) + 1).ToString("D3", CultureInfo.InvariantCulture);
        return first17 + Fupin.EventSourced.Domain.IdentityNumbers.CheckCharacter(first17);
    }

    /// <summary>
    /// How many of <paramref name="numbers"/> appear in clear anywhere in the JSON of the events or household documents.
    /// Reads each row's text once and looks up every 18-character run of digits (last one a digit or X) in a set: a
    /// <c>strpos</c> per number and row in SQL converted every row to text once per number (minutes at 150,000 events).
    /// </summary>
    public static async Task<long> InClearAsync(NpgsqlConnection connection, string[] numbers)
    {
        var wanted = numbers.ToHashSet(StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var schema = HttpCommandBench.Schema;
        foreach (var table in new[] { "mt_events", "mt_doc_household" })
        {
            await foreach (var text in Rows(connection, $"select data::text from {schema}.{table}", r => r.GetString(0)))
            {
                foreach (Match match in IdentityLike().Matches(text))
                {
                    if (wanted.Contains(match.Value))
                    {
                        found.Add(match.Value);
                    }
                }
            }
        }

        return found.Count;
    }

    [GeneratedRegex("[0-9]{17}[0-9X]")]
    private static partial Regex IdentityLike();

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
