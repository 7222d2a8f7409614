using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Fupin.EventSourced.Api.Projects.Verifying;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Transacting;
using Npgsql;

namespace Fupin.EventSourced.Api.Tests.Projects;

/// <summary>
/// Tampering with the stored events directly in PostgreSQL, as someone with database access could, and what the
/// auditors' verification finds. Each test uses a county of its own, so the verification of a whole division
/// sees only its projects.
/// </summary>
[Collection(TamperedStoreCollection.Name)]
public class VerificationTests(TamperedStoreCollection.Fixture api)
{
    [Fact]
    public async Task Intact_projects_verify_one_by_one_and_all_together()
    {
        const string county = "370305";
        var finance = api.ClientAs(Roles.Finance, county);
        var first = await finance.FundedProject(county);
        await finance.Disbursed(first, ProjectScenarios.Payment(1_000m));
        await finance.FundedProject(county);
        var auditor = api.ClientAs(Roles.Auditor, county);

        var one = (await auditor.GetFromJsonAsync<ProjectVerification>($"/api/projects/{first}/verification", EnvoyScenarios.Json))!;
        var all = (await auditor.GetFromJsonAsync<FundsVerification>("/api/funds/verification", EnvoyScenarios.Json))!;

        one.Should().BeEquivalentTo(new { ProjectId = first, Events = 4L, ChainIntact = true, FirstBreak = (ChainBreak?)null, ReadModelMatches = true, Differences = Array.Empty<string>() });
        all.Should().BeEquivalentTo(new { Projects = 2, Events = 7L, Intact = 2, Failed = Array.Empty<ProjectVerification>() });
    }

    [Fact]
    public async Task An_amount_altered_in_mt_events_breaks_the_chain_at_that_event_and_the_balances_differ_from_the_read_model()
    {
        const string county = "370304";
        var finance = api.ClientAs(Roles.Finance, county);
        var id = await finance.FundedProject(county);
        await finance.Disbursed(id, ProjectScenarios.Payment(1_000m));
        await finance.Disbursed(id, ProjectScenarios.Payment(2_000m));

        await AlterStoredEventAsync(id, version: 4, data => data[PropertyName(data, "amount")] = 1);

        var auditor = api.ClientAs(Roles.Auditor, county);
        var verification = (await auditor.GetFromJsonAsync<ProjectVerification>($"/api/projects/{id}/verification", EnvoyScenarios.Json))!;
        verification.ChainIntact.Should().BeFalse();
        verification.FirstBreak!.Version.Should().Be(4);
        verification.FirstBreak.Reason.Should().Contain("altered");
        verification.ReadModelMatches.Should().BeFalse();
        verification.Differences.Should().Contain("funds.spent: read model 3,000.00, events 2,001.00")
            .And.Contain("funds.balance: read model 297,000.00, events 297,999.00");

        var all = (await auditor.GetFromJsonAsync<FundsVerification>("/api/funds/verification", EnvoyScenarios.Json))!;
        all.Failed.Should().ContainSingle().Which.ProjectId.Should().Be(id);
    }

    [Fact]
    public async Task An_event_altered_so_that_it_cannot_be_read_back_is_reported_broken_not_a_500()
    {
        const string county = "370309";
        var finance = api.ClientAs(Roles.Finance, county);
        var id = await finance.FundedProject(county);
        await finance.Disbursed(id, ProjectScenarios.Payment(1_000m));

        await AlterStoredEventAsync(id, version: 4, data => data[PropertyName(data, "amount")] = "一千元");

        var auditor = api.ClientAs(Roles.Auditor, county);
        var verification = (await auditor.GetFromJsonAsync<ProjectVerification>($"/api/projects/{id}/verification", EnvoyScenarios.Json))!;
        verification.Intact.Should().BeFalse();
        verification.FirstBreak!.Reason.Should().Contain("cannot be read back");
        (await auditor.GetFromJsonAsync<FundsVerification>("/api/funds/verification", EnvoyScenarios.Json))!.Failed
            .Should().ContainSingle().Which.ProjectId.Should().Be(id);
    }

    [Fact]
    public async Task A_whole_chain_rewritten_consistently_verifies_in_itself_but_not_against_an_earlier_export_of_its_head()
    {
        const string county = "370306";
        var finance = api.ClientAs(Roles.Finance, county);
        var rewritten = await finance.FundedProject(county);
        await finance.Disbursed(rewritten, ProjectScenarios.Payment(1_000m));
        await finance.Disbursed(rewritten, ProjectScenarios.Payment(2_000m));
        var untouched = await finance.FundedProject(county);
        var auditor = api.ClientAs(Roles.Auditor, county);
        var export = (await auditor.GetFromJsonAsync<ChainHeadExport>("/api/funds/chain-heads", EnvoyScenarios.Json))!;
        export.Heads.Select(h => (h.ProjectId, h.Version)).Should().BeEquivalentTo([(rewritten, 5L), (untouched, 3L)]);

        await RewriteChainAsync(rewritten, fromVersion: 4, e => e is FundTransactionRecorded r && r.Type == FundTransactionType.Disbursement && r.Amount == 1_000m ? r with { Amount = 100m } : e);

        var verification = (await auditor.GetFromJsonAsync<ProjectVerification>($"/api/projects/{rewritten}/verification", EnvoyScenarios.Json))!;
        verification.ChainIntact.Should().BeTrue("the rewrite recomputed every hash from the altered event on");
        verification.Differences.Should().Contain("funds.spent: read model 3,000.00, events 2,100.00");

        var response = await auditor.PostAsJsonAsync("/api/funds/chain-heads/comparisons", export, EnvoyScenarios.Json);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var comparison = (await response.Content.ReadFromJsonAsync<ChainHeadComparison>(EnvoyScenarios.Json))!;
        comparison.Should().BeEquivalentTo(new { Projects = 2, Matching = 1 });
        comparison.Differences.Should().ContainSingle().Which.Should().BeEquivalentTo(new { ProjectId = rewritten, Version = 5L, Finding = "rewritten" });

        var outsider = await api.ClientAs(Roles.Auditor, Codes.County).PostAsJsonAsync("/api/funds/chain-heads/comparisons", export, EnvoyScenarios.Json);
        (await outsider.Content.ReadFromJsonAsync<ChainHeadComparison>(EnvoyScenarios.Json))!.Differences
            .Should().HaveCount(2).And.OnlyContain(d => d.Finding == "outside-division" && d.StoredHash == null);
    }

    [Fact]
    public async Task An_export_naming_a_version_the_stream_no_longer_reaches_is_truncated_and_an_unknown_project_missing()
    {
        const string county = "370307";
        var finance = api.ClientAs(Roles.Finance, county);
        var id = await finance.FundedProject(county);
        var (project, _) = await finance.GetProject(id);
        var export = new ChainHeadExport(DateTimeOffset.UtcNow, FundChain.FormatTag,
        [
            new ChainHead(id, county, project.Version + 2, project.ChainHead),
            new ChainHead("0196f1c2-0000-7000-8000-000000000000", county, 1, new string('a', 64)),
        ]);

        var comparison = (await (await api.ClientAs(Roles.Auditor, null).PostAsJsonAsync("/api/funds/chain-heads/comparisons", export, EnvoyScenarios.Json))
            .Content.ReadFromJsonAsync<ChainHeadComparison>(EnvoyScenarios.Json))!;

        comparison.Differences.Select(d => d.Finding).Should().Equal("truncated", "missing");
    }

    private static string PropertyName(JsonObject data, string name) =>
        data.Select(p => p.Key).Single(key => string.Equals(key, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Changes one stored event's JSON in place, bypassing the API and Marten, as a database user could.</summary>
    private async Task AlterStoredEventAsync(string streamId, long version, Action<JsonObject> alter)
    {
        var schema = api.Store.Options.Events.DatabaseSchemaName;
        await using var connection = new NpgsqlConnection(api.Factory.ConnectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // The schema name is the service's own.
        await using var read = new NpgsqlCommand($"select data::text from {schema}.mt_events where stream_id = @id and version = @version", connection);
        read.Parameters.AddWithValue("id", streamId);
        read.Parameters.AddWithValue("version", version);
        var data = JsonNode.Parse((string)(await read.ExecuteScalarAsync())!)!.AsObject();
        alter(data);
        await WriteDataAsync(connection, schema, streamId, version, data.ToJsonString());
    }

    /// <summary>Rewrites a stream's events from <paramref name="fromVersion"/> on, recomputing every hash so the chain holds in itself.</summary>
    private async Task RewriteChainAsync(string streamId, long fromVersion, Func<IChainedEvent, IChainedEvent> alter)
    {
        await using var session = api.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(streamId);
        var serializer = api.Store.Options.Serializer();
        var schema = api.Store.Options.Events.DatabaseSchemaName;
        await using var connection = new NpgsqlConnection(api.Factory.ConnectionString);
        await connection.OpenAsync();
        var previous = ((IChainedEvent)events.Single(e => e.Version == fromVersion - 1).Data).Hash;
        foreach (var stored in events.Where(e => e.Version >= fromVersion))
        {
            var relinked = Relinked(alter((IChainedEvent)stored.Data), previous, stored.Version);
            await WriteDataAsync(connection, schema, streamId, stored.Version, serializer.ToJson(relinked));
            previous = relinked.Hash;
        }
    }

    private static FundTransactionRecorded Relinked(IChainedEvent e, string previous, long version) => e switch
    {
        FundTransactionRecorded r => (r with { PreviousHash = previous }) is var linked ? linked with { Hash = FundChain.HashOf(linked, version) } : r,
        _ => throw new InvalidOperationException($"The test does not rewrite {e.GetType().Name}."),
    };

    private static async Task WriteDataAsync(NpgsqlConnection connection, string schema, string streamId, long version, string json)
    {
        await using var write = new NpgsqlCommand($"update {schema}.mt_events set data = @data::jsonb where stream_id = @id and version = @version", connection);
#pragma warning restore CA2100
        write.Parameters.AddWithValue("data", json);
        write.Parameters.AddWithValue("id", streamId);
        write.Parameters.AddWithValue("version", version);
        (await write.ExecuteNonQueryAsync()).Should().Be(1);
    }
}
