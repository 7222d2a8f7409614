using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Figures;
using Fupin.EventSourced.Api.Projects.Reports;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Transacting;
using Microsoft.AspNetCore.Mvc;

namespace Fupin.EventSourced.Api.Tests.Projects;

[Collection(ApiCollection.Name)]
public class FundTransactionTests(ApiFixture api)
{
    private readonly HttpClient _finance = api.ClientAs(Roles.Finance);

    /// <summary>
    /// Seed 002: "2023年州下达项目资金30万元。到位30万元,截止2023年7月底资金使用30019元" — recorded as commands, read back
    /// exactly from the project and from its division's year. The county code is illustrative and used by no other test.
    /// </summary>
    [Fact]
    public async Task Seed_002_records_300000_allocated_300000_received_and_30019_spent_by_end_of_July_and_reads_them_back_exactly()
    {
        const string county = "522634";
        var finance = api.ClientAs(Roles.Finance, county);
        var id = await finance.RegisteredProject(county);
        await finance.Recorded(id, new RecordFundTransaction(FundTransactionType.Allocation, new DateOnly(2023, 3, 15), 300_000m, "州科技局", "县科技局", null, "州科发〔2023〕12号"));
        await finance.Recorded(id, new RecordFundTransaction(FundTransactionType.Receipt, new DateOnly(2023, 4, 20), 300_000.00m, "州财政局", "县科技局", null, "记-2023-04-008"));
        await finance.Disbursed(id, ProjectScenarios.Payment(18_019m, BudgetLine.ExpertFees, new DateOnly(2023, 6, 30)));
        await finance.Recorded(id, new RecordFundTransaction(FundTransactionType.Expenditure, new DateOnly(2023, 7, 31), 12_000m, "县科技局", "县印刷厂", BudgetLine.Training, "记-2023-07-021"));

        var (project, _) = await finance.GetProject(id);
        project.Funds.Should().BeEquivalentTo(new { Allocated = 300_000.00m, Received = 300_000.00m, Spent = 30_019.00m, Balance = 269_981.00m });
        var year = (await finance.GetFromJsonAsync<DivisionFundYear>($"/api/funds/{county}/years/2023", EnvoyScenarios.Json))!;
        year.Should().BeEquivalentTo(new DivisionFundYear(county, 2023, 1, 300_000m, 300_000m, 0m, 18_019m, 30_019m, 0.1001m));
        var body = await finance.GetStringAsync($"/api/funds/{county}/years/2023");
        body.Should().Contain("\"allocated\":300000.00").And.Contain("\"received\":300000.00").And.Contain("\"spent\":30019.00");

        await api.WaitForProjectionsAsync();
        var ledger = (await finance.GetFromJsonAsync<DivisionFigures>($"/api/figures/divisions/{county}/years/2023", EnvoyScenarios.Json))!;
        ledger.Figures.Should().Contain(new Dictionary<Figure, decimal>
        {
            [Figure.ProjectsSupported] = 1m, [Figure.FundsAllocated] = 300_000m, [Figure.FundsReceived] = 300_000m,
            [Figure.FundsDisbursed] = 18_019m, [Figure.FundsSpent] = 30_019m, [Figure.FundsCommitted] = 0m,
        });
    }

    [Theory]
    [InlineData(FundTransactionType.Commitment, 0, 5_000, 0, 0)]
    [InlineData(FundTransactionType.Disbursement, 0, 0, 5_000, 5_000)]
    [InlineData(FundTransactionType.Expenditure, 0, 0, 0, 5_000)]
    [InlineData(FundTransactionType.Reimbursement, 0, 0, 0, 5_000)]
    [InlineData(FundTransactionType.PurchaseOfEquity, 0, 0, 0, 5_000)]
    [InlineData(FundTransactionType.Allocation, 5_000, 0, 0, 0)]
    public async Task Each_transaction_type_adds_to_its_figures(FundTransactionType type, int allocated, int committed, int disbursed, int spent)
    {
        var id = await _finance.FundedProject(received: 10_000m);
        var command = new RecordFundTransaction(type, new DateOnly(2023, 7, 1), 5_000m, "县科技局", "合作社", type.NeedsBudgetLine() ? BudgetLine.ExpertFees : null, "记-1");

        var response = await _finance.PostTransaction(id, command);

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        response.Headers.ETag!.Tag.Should().Be("\"4\"");
        var (project, _) = await _finance.GetProject(id);
        project.Funds.Should().BeEquivalentTo(new
        {
            Allocated = 10_000m + allocated, Received = 10_000m, Committed = (decimal)committed, Disbursed = (decimal)disbursed, Spent = (decimal)spent,
            Balance = 10_000m - spent,
        });
        project.Transactions[^1].Should().BeEquivalentTo(new { Id = (await response.Written()).Id, Type = type, IatiCode = type.IatiCode(), Amount = 5_000m });
    }

    [Fact]
    public async Task No_disbursement_beyond_what_has_been_received_exact_to_the_fen_and_the_refusal_writes_nothing()
    {
        var id = await _finance.FundedProject(received: 1_000m);
        await _finance.Disbursed(id, ProjectScenarios.Payment(999.99m));
        var before = await api.HighWaterMarkAsync();

        var problem = await (await _finance.PostDisbursement(id, ProjectScenarios.Payment(0.02m))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "funds.insufficient");

        problem.Detail.Should().Contain("received 1,000.00").And.Contain("balance 0.01");
        (await api.HighWaterMarkAsync()).Should().Be(before);
        await _finance.Disbursed(id, ProjectScenarios.Payment(0.01m));
        (await _finance.GetProject(id)).Project.Funds.Balance.Should().Be(0.00m);
    }

    [Fact]
    public async Task No_budget_line_spent_beyond_its_budget_and_the_refusal_names_the_line_the_budget_and_what_it_would_make_it()
    {
        var id = await _finance.FundedProject();
        await _finance.Disbursed(id, ProjectScenarios.Payment(49_000m, BudgetLine.InformantFees));

        var problem = await (await _finance.PostDisbursement(id, ProjectScenarios.Payment(1_000.01m, BudgetLine.InformantFees)))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "funds.budget-line-exceeded");

        problem.Detail.Should().Contain("InformantFees").And.Contain("budget of 50,000.00").And.Contain("make it 50,000.01");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5.00")]
    [InlineData("10.001")]
    [InlineData("10.000")]
    public async Task An_amount_that_is_zero_negative_or_beyond_the_fen_is_a_400_naming_it_and_writes_nothing(string amount)
    {
        var id = await _finance.FundedProject();
        var before = await api.HighWaterMarkAsync();
        var body = $$"""{"on":"2023-07-31","amount":{{amount}},"provider":"县科技局","receiver":"专家","budgetLine":"ExpertFees","voucher":"记-1"}""";

        var response = await _finance.PostAsync($"/api/projects/{id}/disbursements", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        problem.Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().Equal("amount");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Incoming_funds_take_no_budget_line_and_outflows_need_one()
    {
        var id = await _finance.FundedProject();

        var incoming = await (await _finance.PostTransaction(id, ProjectScenarios.Incoming(FundTransactionType.Receipt, 1m) with { BudgetLine = BudgetLine.Other }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        var outflow = await (await _finance.PostTransaction(id, ProjectScenarios.Incoming(FundTransactionType.Expenditure, 1m)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");

        ((ValidationProblemDetails)incoming).Errors.Keys.Should().Equal("budgetLine");
        ((ValidationProblemDetails)outflow).Errors.Keys.Should().Equal("budgetLine");
    }

    [Fact]
    public async Task Only_finance_staff_record_funds()
    {
        var id = await _finance.FundedProject();

        foreach (var role in new[] { Roles.Operator, Roles.Analyst, Roles.Auditor, Roles.Admin })
        {
            await (await api.ClientAs(role, Codes.County).PostDisbursement(id, ProjectScenarios.Payment(1m))).ShouldBeProblem(HttpStatusCode.Forbidden, "auth.forbidden");
        }
    }
}
