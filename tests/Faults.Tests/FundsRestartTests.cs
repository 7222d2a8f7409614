using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Projects.GettingDetails;
using Fupin.EventSourced.Api.Projects.Verifying;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Registering;
using Fupin.EventSourced.Domain.Projects.Transacting;
using Fupin.EventSourced.Faults.Tests.Infrastructure;
using Fupin.EventSourced.TestKit;

namespace Fupin.EventSourced.Faults.Tests;

/// <summary>
/// Concurrent disbursements from one project's balance while PostgreSQL restarts: every payment is sent with an
/// Idempotency-Key and retried with it until it has a definite answer. No payment is applied twice, none that was
/// acknowledged is lost, the balance is never overdrawn and the chain still verifies.
/// </summary>
[Collection(FaultCollection.Name)]
[Trait("Category", "Fault")]
public sealed class FundsRestartTests(ITestOutputHelper output)
{
    private const string County = "370302";
    private const int Clients = 8;
    private static readonly decimal Received = 12_345.00m;

    /// <summary>Each client pays every 200 ms, so the 100 payments the balance allows straddle the outage.</summary>
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(200);
    private static readonly decimal Amount = 123.45m;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RetryDeadline = TimeSpan.FromSeconds(15);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [FaultFact]
    public async Task Disbursements_retried_across_a_postgres_restart_are_applied_exactly_once_and_never_overdraw()
    {
        await using var cluster = await LocalPostgresCluster.StartNewAsync();
        var database = await EventStoreProbe.CreateDatabaseAsync(cluster, "fupin");
        await using var api = await ApiNode.StartAsync(database, "node-a", daemon: "Solo");
        using var setup = api.Process.CreateClient(TestTokens.For(Roles.Finance, County, "funds-setup"));
        var projectId = await FundedProjectAsync(setup);

        var clock = Stopwatch.StartNew();
        var answers = new ConcurrentDictionary<string, (HttpStatusCode Status, string? TransactionId)>();
        var retried = new ConcurrentDictionary<string, bool>();
        var restart = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            await cluster.StopAsync();
            await Task.Delay(Outage);
            await cluster.StartAsync();
        });
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            using var http = api.Process.CreateClient(TestTokens.For(Roles.Finance, County, $"cashier-{c}"));
            for (var p = 0; clock.Elapsed < TimeSpan.FromSeconds(30); p++)
            {
                var key = $"fault-pay-{c}-{p}";
                var answer = await PayUntilAnsweredAsync(http, projectId, key, retried);
                answers[key] = answer;
                if (answer.Status != HttpStatusCode.Created)
                {
                    break;
                }

                await Task.Delay(Pace);
            }
        })));
        await restart;

        var (project, verification) = await ReadBackAsync(api, projectId);
        var paid = answers.Values.Where(a => a.Status == HttpStatusCode.Created).ToList();
        output.WriteLine($"{answers.Count} payments: {paid.Count} paid, {answers.Values.Count(a => a.Status == HttpStatusCode.UnprocessableEntity)} refused for lack of funds, {retried.Count} retried across the outage; " +
                         $"disbursed {project.Funds.Disbursed}, balance {project.Funds.Balance}");

        answers.Values.Should().OnlyContain(a => a.Status == HttpStatusCode.Created || a.Status == HttpStatusCode.UnprocessableEntity,
            "every keyed payment reaches a definite answer within {0} s", RetryDeadline.TotalSeconds);
        retried.Should().NotBeEmpty("payments must have been under way while PostgreSQL was down");
        paid.Should().HaveCount((int)decimal.Floor(Received / Amount), "payments run until the balance is exhausted");
        project.Transactions.Where(t => t.Type == FundTransactionType.Disbursement).Select(t => t.Id)
            .Should().BeEquivalentTo(paid.Select(a => a.TransactionId), "each acknowledged payment is stored once and nothing else was paid");
        project.Funds.Disbursed.Should().Be(paid.Count * Amount);
        project.Funds.Balance.Should().BeGreaterThanOrEqualTo(0m);
        verification.Intact.Should().BeTrue();
    }

    private static async Task<string> FundedProjectAsync(HttpClient finance)
    {
        var registration = new RegisterProject("故障测试项目", County, "县科技局", new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), [],
            [new YearBudget(2023, BudgetLine.ExpertFees, 100_000m)]);
        var response = await finance.PostAsJsonAsync("/api/projects", registration, Json);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var projectId = (await response.Content.ReadFromJsonAsync<Written>(Json))!.Id;
        foreach (var type in new[] { FundTransactionType.Allocation, FundTransactionType.Receipt })
        {
            var incoming = new RecordFundTransaction(type, new DateOnly(2023, 4, 1), Received, "州科技局", "县科技局", null, "记-1");
            (await finance.PostAsJsonAsync($"/api/projects/{projectId}/transactions", incoming, Json)).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        return projectId;
    }

    private static async Task<(HttpStatusCode Status, string? TransactionId)> PayUntilAnsweredAsync(HttpClient http, string projectId, string key,
        ConcurrentDictionary<string, bool> retried)
    {
        var deadline = Stopwatch.StartNew();
        var body = JsonSerializer.SerializeToUtf8Bytes(new DisburseFunds(new DateOnly(2023, 7, 31), Amount, "县科技局", "专家", BudgetLine.ExpertFees, key), Json);
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/projects/{projectId}/disbursements")
            {
                Content = new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } },
            };
            request.Headers.Add("Idempotency-Key", key);
            try
            {
                using var response = await http.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    return (response.StatusCode, (await response.Content.ReadFromJsonAsync<Written>(Json))!.Id);
                }

                if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
                {
                    return (response.StatusCode, null);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // No answer: the payment may or may not have been applied; only its key can tell, so send it again.
            }

            retried[key] = true;
            if (deadline.Elapsed > RetryDeadline)
            {
                return (HttpStatusCode.RequestTimeout, null);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    private static async Task<(ProjectView Project, ProjectVerification Verification)> ReadBackAsync(ApiNode api, string projectId)
    {
        using var finance = api.Process.CreateClient(TestTokens.For(Roles.Finance, County, "funds-check"));
        using var auditor = api.Process.CreateClient(TestTokens.For(Roles.Auditor, null, "funds-auditor"));
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var project = await finance.GetFromJsonAsync<ProjectView>($"/api/projects/{projectId}", Json);
                var verification = await auditor.GetFromJsonAsync<ProjectVerification>($"/api/projects/{projectId}/verification", Json);
                return (project!, verification!);
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200));
            }
        }
    }
}
