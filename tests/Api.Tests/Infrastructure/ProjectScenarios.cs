using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Projects.GettingDetails;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Budgeting;
using Fupin.EventSourced.Domain.Projects.Correcting;
using Fupin.EventSourced.Domain.Projects.Registering;
using Fupin.EventSourced.Domain.Projects.Transacting;

namespace Fupin.EventSourced.Api.Tests.Infrastructure;

/// <summary>Projects and their fund transactions built through the API itself, by a finance caller.</summary>
public static class ProjectScenarios
{
    /// <summary>A project of <paramref name="division"/> for 2023–2024 with expert fees 100,000 and informant fees 50,000 in 2023.</summary>
    public static RegisterProject NewProject(string division = Codes.County, string title = "科技扶贫在线平台与专家服务") =>
        new(title, division, "县科技局", new DateOnly(2023, 1, 1), new DateOnly(2024, 12, 31), [Codes.NewVillage(division)],
        [
            new(2023, BudgetLine.ExpertFees, 100_000m),
            new(2023, BudgetLine.InformantFees, 50_000m),
            new(2023, BudgetLine.Training, 150_000m),
            new(2024, BudgetLine.ExpertFees, 70_000m),
        ]);

    public static RecordFundTransaction Incoming(FundTransactionType type, decimal amount, DateOnly? on = null) =>
        new(type, on ?? new DateOnly(2023, 4, 1), amount, "州科技局", "县科技局", null, "记-2023-04-001");

    public static DisburseFunds Payment(decimal amount, BudgetLine line = BudgetLine.ExpertFees, DateOnly? on = null, string payee = "专家 李明") =>
        new(on ?? new DateOnly(2023, 7, 31), amount, "县科技局", payee, line, "记-2023-07-015");

    public static async Task<string> RegisteredProject(this HttpClient client, string division = Codes.County)
    {
        var response = await client.PostAsJsonAsync("/api/projects", NewProject(division));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Written>())!.Id;
    }

    /// <summary>A registered project (version 1) with <paramref name="received"/> allocated (version 2) and received (version 3).</summary>
    public static async Task<string> FundedProject(this HttpClient client, string division = Codes.County, decimal received = 300_000m)
    {
        var projectId = await client.RegisteredProject(division);
        await client.Recorded(projectId, Incoming(FundTransactionType.Allocation, received, new DateOnly(2023, 3, 1)));
        await client.Recorded(projectId, Incoming(FundTransactionType.Receipt, received));
        return projectId;
    }

    public static Task<HttpResponseMessage> PostTransaction(this HttpClient client, string projectId, RecordFundTransaction command, string? idempotencyKey = null) =>
        client.SendAsync(Command($"/api/projects/{projectId}/transactions", command, null, idempotencyKey));

    public static Task<HttpResponseMessage> PostDisbursement(this HttpClient client, string projectId, DisburseFunds command, string? idempotencyKey = null) =>
        client.SendAsync(Command($"/api/projects/{projectId}/disbursements", command, null, idempotencyKey));

    public static Task<HttpResponseMessage> PostCorrection(this HttpClient client, string projectId, string transactionId, CorrectFundTransaction command, string? ifMatch) =>
        client.SendAsync(Command($"/api/projects/{projectId}/transactions/{transactionId}/corrections", command, ifMatch, null));

    public static Task<HttpResponseMessage> PostRevision(this HttpClient client, string projectId, ReviseBudget command, string? ifMatch) =>
        client.SendAsync(Command($"/api/projects/{projectId}/budget-revisions", command, ifMatch, null));

    /// <summary>The transaction recorded; returns its id.</summary>
    public static async Task<string> Recorded(this HttpClient client, string projectId, RecordFundTransaction command)
    {
        var response = await client.PostTransaction(projectId, command);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Written>())!.Id;
    }

    /// <summary>The payment disbursed; returns its transaction id.</summary>
    public static async Task<string> Disbursed(this HttpClient client, string projectId, DisburseFunds command)
    {
        var response = await client.PostDisbursement(projectId, command);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Written>())!.Id;
    }

    public static async Task<(ProjectView Project, string? ETag)> GetProject(this HttpClient client, string projectId)
    {
        var response = await client.GetAsync($"/api/projects/{projectId}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<ProjectView>(EnvoyScenarios.Json))!, response.Headers.ETag?.Tag);
    }

    private static HttpRequestMessage Command<T>(string path, T body, string? ifMatch, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return request;
    }
}
