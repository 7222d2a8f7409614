using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Transacting;
using Microsoft.AspNetCore.Mvc;

namespace Fupin.EventSourced.Api.Tests.Projects;

/// <summary>
/// Sixteen finance clients pay out of one project's balance at once, each payment sent twice at the same moment under
/// one <c>Idempotency-Key</c> (a client retrying a lost answer) and retried until it has a definitive answer: the
/// balance is never overdrawn, the sums are exact to the fen, and no payment is applied twice.
/// </summary>
[Collection(ApiCollection.Name)]
public class ConcurrentDisbursementTests(ApiFixture api)
{
    private const int Clients = 16;
    private const int PaymentsPerClient = 10;
    private static readonly decimal Received = 10_000.00m;
    private static readonly decimal Amount = 123.45m;

    [Fact]
    public async Task Concurrent_retried_disbursements_never_overdraw_sum_exactly_and_none_is_applied_twice()
    {
        var projectId = await api.ClientAs(Roles.Finance).FundedProject(received: Received);
        var answers = new ConcurrentDictionary<string, (HttpStatusCode Status, string? TransactionId)>();

        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async c =>
        {
            var client = api.ClientAs(Roles.Finance, userId: $"cashier-{c}");
            for (var p = 0; p < PaymentsPerClient; p++)
            {
                var key = $"pay-{c}-{p}-{Guid.NewGuid():N}";
                var payment = ProjectScenarios.Payment(Amount, payee: $"专家 {c}-{p}");
                var both = await Task.WhenAll(PayUntilAnsweredAsync(client, projectId, payment, key), PayUntilAnsweredAsync(client, projectId, payment, key));
                both[0].Should().Be(both[1], "the same key must get the same answer");
                answers[key] = both[0];
            }
        }));

        var paid = answers.Values.Where(a => a.Status == HttpStatusCode.Created).ToList();
        var expectedPaid = (int)decimal.Floor(Received / Amount);
        paid.Should().HaveCount(expectedPaid);
        answers.Values.Where(a => a.Status != HttpStatusCode.Created).Should().OnlyContain(a => a.Status == HttpStatusCode.UnprocessableEntity);
        paid.Select(a => a.TransactionId).Should().OnlyHaveUniqueItems();

        var (project, _) = await api.ClientAs(Roles.Finance).GetProject(projectId);
        var disbursements = project.Transactions.Where(t => t.Type == FundTransactionType.Disbursement).ToList();
        disbursements.Select(t => t.Id).Should().BeEquivalentTo(paid.Select(a => a.TransactionId));
        project.Funds.Disbursed.Should().Be(expectedPaid * Amount);
        project.Funds.Balance.Should().Be(Received - (expectedPaid * Amount)).And.BeGreaterThanOrEqualTo(0m).And.BeLessThan(Amount);

        var verification = await api.ClientAs(Roles.Auditor, null).GetFromJsonAsync<Api.Projects.Verifying.ProjectVerification>(
            $"/api/projects/{projectId}/verification", EnvoyScenarios.Json);
        verification!.Intact.Should().BeTrue();
    }

    /// <summary>Sends the payment until it has a definitive answer: a write conflict, 503 or 429 is retried with the same key.</summary>
    private static async Task<(HttpStatusCode Status, string? TransactionId)> PayUntilAnsweredAsync(HttpClient client, string projectId, DisburseFunds payment, string key)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var response = await client.PostDisbursement(projectId, payment, key);
            switch (response.StatusCode)
            {
                case HttpStatusCode.Created:
                    return (response.StatusCode, (await response.Content.ReadFromJsonAsync<Written>())!.Id);
                case HttpStatusCode.UnprocessableEntity:
                    var problem = (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
                    problem.Extensions["error"]!.ToString().Should().Be(ProjectErrors.InsufficientFunds.Code);
                    return (response.StatusCode, null);
                case HttpStatusCode.Conflict or HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests:
                    await Task.Yield();
                    continue;
                default:
                    throw new InvalidOperationException($"Unexpected {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        throw new InvalidOperationException($"Payment {key} had no definitive answer after 50 attempts.");
    }
}
