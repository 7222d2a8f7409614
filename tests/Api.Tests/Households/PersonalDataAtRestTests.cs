using System.Net;
using System.Net.Http.Json;
using System.Text;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Helping;
using Fupin.EventSourced.Domain.Households.Registering;
using Npgsql;

namespace Fupin.EventSourced.Api.Tests.Households;

/// <summary>
/// Identity numbers, names and phones of household members exist in clear only in memory: not in any table of
/// the database (events, documents, keys, idempotency answers, view log) and not in any log line.
/// </summary>
[Collection(IsolatedHouseholdsCollection.Name)]
public class PersonalDataAtRestTests(IsolatedHouseholdsCollection.Fixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task After_registrations_steps_views_refusals_and_an_erasure_no_table_and_no_log_line_holds_a_personal_value_in_clear()
    {
        var households = new[]
        {
            Household("欧阳明远", "13700001111", ("上官婉清", Relation.Spouse), ("欧阳小雨", Relation.Child)),
            Household("司马青衫", "13700002222", ("司马长风", Relation.Parent)),
            Household("诸葛孔亮", "13700003333") with { Category = HouseholdCategory.Edge },
        };
        var clear = households.SelectMany(PersonalValues).ToList();
        var village = await _operator.RegisteredVillage();
        var ids = new List<string>();
        foreach (var household in households)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/households") { Content = JsonContent.Create(household with { VillageCode = village }) };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            var response = await _operator.SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            ids.Add((await response.Written()).Id);
        }

        // Refusals: a duplicate head (409), and a registration invalid for its identity number's check character (400).
        var duplicate = await _operator.PostHousehold(households[1] with { VillageCode = await _operator.RegisteredVillage() });
        duplicate.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var wrongCheck = households[0].Head.IdentityNumber[..17] + (households[0].Head.IdentityNumber[17] == '1' ? '2' : '1');
        clear.Add(wrongCheck);
        var invalid = await _operator.PostHousehold(households[0] with { VillageCode = village, Head = households[0].Head with { IdentityNumber = wrongCheck } });
        invalid.StatusCode.Should().Be(HttpStatusCode.BadRequest);

        // Steps, a helper, a measure; views in clear, masked and in the history; an erasure.
        await _operator.InNotice(ids[0], new DateOnly(2019, 3, 15));
        (await _operator.PostHelper(ids[0], new AssignResponsibleHelper(new DateOnly(2019, 1, 1), Name: "王帮扶", Unit: "镇政府", Phone: "13712345678")))
            .EnsureSuccessStatusCode();
        (await _operator.PostHelpMeasure(ids[1], new RecordHelpMeasure(HelpKind.Housing, "危房改造", new DateOnly(2019, 6, 1), 15000m))).EnsureSuccessStatusCode();
        foreach (var id in ids)
        {
            (await _operator.GetHousehold(id)).PersonalDataInClear.Should().BeTrue();
            (await api.ClientAs(Roles.Analyst).GetHousehold(id)).PersonalDataInClear.Should().BeFalse();
            (await api.ClientAs(Roles.Auditor, division: null).GetAsync($"/api/households/{id}/history")).EnsureSuccessStatusCode();
        }

        (await _operator.GetAsync($"/api/villages/{village}/households")).EnsureSuccessStatusCode();
        var erased = (await _operator.GetHousehold(ids[0])).Members[0].PersonId;
        (await api.ClientAs(Roles.Admin, division: null).PostErasure(ids[0], erased)).EnsureSuccessStatusCode();
        await api.WaitForProjectionsAsync();

        var rows = await AllRowsAsync();
        rows.Should().Contain(row => row.Text.Contains(ids[0], StringComparison.Ordinal), "the scan reads the event store");
        rows.Should().Contain(row => row.Text.Contains("汀头村", StringComparison.Ordinal), "the scan sees text that is stored in clear");
        foreach (var value in clear)
        {
            var forms = StoredForms(value);
            rows.Where(row => forms.Any(form => row.Text.Contains(form, StringComparison.OrdinalIgnoreCase))).Select(row => row.Table)
                .Should().BeEmpty($"no table may hold {Shown(value)} in clear");
        }

        var lines = api.Logs.Lines.ToList();
        lines.Should().Contain(line => line.Contains(ids[0], StringComparison.Ordinal) || line.Contains("/api/households", StringComparison.Ordinal),
            "the host's logs were captured");
        foreach (var value in clear)
        {
            lines.Where(line => line.Contains(value, StringComparison.Ordinal)).Should().BeEmpty($"no log line may hold {Shown(value)}");
        }
    }

    private static RegisterHousehold Household(string head, string phone, params (string Name, Relation Relation)[] members) =>
        new("",
            new HeadOfHousehold(head, HouseholdScenarios.NewIdentityNumber(), phone),
            [.. members.Select(m => new HouseholdMember(m.Name, m.Relation, HouseholdScenarios.NewIdentityNumber(birthYear: 2000), 2000))],
            [PovertyCause.Disability],
            2017);

    private static IEnumerable<string> PersonalValues(RegisterHousehold household) =>
        [household.Head.Name, household.Head.IdentityNumber, household.Head.Phone,
            .. household.Members.SelectMany(m => new[] { m.Name, m.IdentityNumber })];

    /// <summary>How a value could sit in a row read as text: itself, JSON-escaped (\u6b27), or as bytea hex.</summary>
    private static string[] StoredForms(string value) =>
    [
        value,
        string.Concat(value.Select(c => c < 128 ? c.ToString() : $"\\u{(int)c:x4}")),
        Convert.ToHexStringLower(Encoding.UTF8.GetBytes(value)),
    ];

    /// <summary>The value as a failure message may show it: masked, so a failing test does not print it either.</summary>
    private static string Shown(string value) => value.All(char.IsAsciiDigit) || value.Length == 18
        ? Domain.IdentityNumbers.Mask(value)
        : Domain.PersonNames.Mask(value);

    /// <summary>Every row of every table in the test database (all schemas but PostgreSQL's own), as text.</summary>
    private async Task<List<(string Table, string Text)>> AllRowsAsync()
    {
        await using var connection = new NpgsqlConnection(api.Factory.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables " +
            "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        tables.Should().Contain(t => t.EndsWith(".mt_events", StringComparison.Ordinal)).And.Contain(t => t.EndsWith(".person_keys", StringComparison.Ordinal));
        var rows = new List<(string, string)>();
        foreach (var table in tables)
        {
#pragma warning disable CA2100 // The table names come from information_schema, quoted by PostgreSQL.
            await using var select = new NpgsqlCommand($"select t::text from {table} t", connection);
#pragma warning restore CA2100
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add((table, reader.GetString(0)));
            }
        }

        return rows;
    }
}
