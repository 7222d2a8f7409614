using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Figures;
using Fupin.EventSourced.Api.Projects.Correcting;
using Fupin.EventSourced.Api.Projects.GettingDetails;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Correcting;

namespace Fupin.EventSourced.Api.Tests.Projects;

[Collection(ApiCollection.Name)]
public class CorrectFundTransactionTests(ApiFixture api)
{
    private readonly HttpClient _finance = api.ClientAs(Roles.Finance);

    [Fact]
    public async Task A_correction_shows_the_corrected_figure_and_on_demand_the_original_and_its_corrections()
    {
        var id = await _finance.FundedProject();
        var paid = await _finance.Disbursed(id, ProjectScenarios.Payment(30_190m));

        var response = await _finance.PostCorrection(id, paid, new CorrectFundTransaction("凭证金额录入错误", Amount: 30_019m), "\"4\"");

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var correctionId = (await response.Written()).Id;
        var (project, etag) = await _finance.GetProject(id);
        etag.Should().Be("\"5\"");
        project.Funds.Should().BeEquivalentTo(new { Disbursed = 30_019m, Spent = 30_019m, Balance = 269_981m });
        project.Transactions.Should().ContainSingle(t => t.Id == paid).Which.Should().BeEquivalentTo(new { Amount = 30_019m, Corrections = 1, Voided = false });

        var detail = (await api.ClientAs(Roles.Analyst, null).GetFromJsonAsync<TransactionDetail>($"/api/projects/{id}/transactions/{paid}", EnvoyScenarios.Json))!;
        detail.Original.Amount.Should().Be(30_190m);
        detail.Current!.Amount.Should().Be(30_019m);
        detail.Corrections.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Id = correctionId, Reason = "凭证金额录入错误", Version = 5L, Replaced = new { Amount = 30_190m }, Corrected = new { Amount = 30_019m },
        });
    }

    [Fact]
    public async Task The_figure_ledger_counts_a_correction_as_the_difference_it_makes_in_each_year()
    {
        const string county = "370308";
        var finance = api.ClientAs(Roles.Finance, county);
        var id = await finance.FundedProject(county);
        var paid = await finance.Disbursed(id, ProjectScenarios.Payment(500m, on: new DateOnly(2023, 12, 30)));

        (await finance.PostCorrection(id, paid, new CorrectFundTransaction("跨年入账", On: new DateOnly(2024, 1, 2), Amount: 450m), "\"4\""))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        await api.WaitForProjectionsAsync();
        var y2023 = (await finance.GetFromJsonAsync<DivisionFigures>($"/api/figures/divisions/{county}/years/2023", EnvoyScenarios.Json))!;
        var y2024 = (await finance.GetFromJsonAsync<DivisionFigures>($"/api/figures/divisions/{county}/years/2024", EnvoyScenarios.Json))!;
        y2023.Figures[Figure.FundsDisbursed].Should().Be(0m);
        y2024.Figures[Figure.FundsDisbursed].Should().Be(450m);
        y2024.Figures[Figure.FundsSpent].Should().Be(450m);
    }

    [Fact]
    public async Task A_void_takes_the_transaction_back_and_a_voided_transaction_cannot_be_corrected_again()
    {
        var id = await _finance.FundedProject();
        var paid = await _finance.Disbursed(id, ProjectScenarios.Payment(500m));

        (await _finance.PostCorrection(id, paid, new CorrectFundTransaction("重复录入", Void: true), "\"4\"")).StatusCode.Should().Be(HttpStatusCode.Created);

        var (project, _) = await _finance.GetProject(id);
        project.Funds.Spent.Should().Be(0m);
        project.Transactions.Single(t => t.Id == paid).Should().BeEquivalentTo(new { Voided = true, Amount = 0m });
        await (await _finance.PostCorrection(id, paid, new CorrectFundTransaction("again", Amount: 1m), "\"5\""))
            .ShouldBeProblem(HttpStatusCode.Conflict, "funds.transaction-voided");
    }

    [Fact]
    public async Task A_correction_needs_the_current_if_match_names_a_real_transaction_and_obeys_the_money_rules()
    {
        var id = await _finance.FundedProject(received: 1_000m);
        var paid = await _finance.Disbursed(id, ProjectScenarios.Payment(800m));
        var receipt = (await _finance.GetProject(id)).Project.Transactions.Single(t => t.Type == FundTransactionType.Receipt).Id;
        var before = await api.HighWaterMarkAsync();

        await (await _finance.PostCorrection(id, paid, new CorrectFundTransaction("x", Amount: 1m), null)).ShouldBeProblem(HttpStatusCode.PreconditionRequired, "version.required");
        await (await _finance.PostCorrection(id, paid, new CorrectFundTransaction("x", Amount: 1m), "\"3\"")).ShouldBeProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        await (await _finance.PostCorrection(id, "no-such", new CorrectFundTransaction("x", Amount: 1m), "\"4\"")).ShouldBeProblem(HttpStatusCode.NotFound, "funds.transaction-not-found");
        await (await _finance.PostCorrection(id, paid, new CorrectFundTransaction("x", Amount: 800m), "\"4\"")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "funds.correction-unchanged");
        var overdraw = await (await _finance.PostCorrection(id, receipt, new CorrectFundTransaction("到位金额有误", Amount: 799.99m), "\"4\""))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "funds.insufficient");
        overdraw.Detail.Should().Contain("balance -0.01");
        await (await _finance.PostCorrection(id, paid, new CorrectFundTransaction("科目有误", BudgetLine: BudgetLine.Equipment), "\"4\""))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "funds.budget-line-exceeded");

        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_project_with_many_transactions_lists_them_oldest_first_and_still_corrects_and_voids_them()
    {
        const int Payments = 40;
        var id = await _finance.FundedProject();
        var paid = new List<string>();
        for (var i = 1; i <= Payments; i++)
        {
            paid.Add(await _finance.Disbursed(id, ProjectScenarios.Payment(i, payee: $"专家 {i}")));
        }

        var version = 3 + Payments;
        (await _finance.PostCorrection(id, paid[9], new CorrectFundTransaction("凭证金额录入错误", Amount: 100m), $"\"{version}\""))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await _finance.PostCorrection(id, paid[19], new CorrectFundTransaction("重复录入", Void: true), $"\"{version + 1}\""))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        var (project, etag) = await _finance.GetProject(id);
        etag.Should().Be($"\"{version + 2}\"");
        project.Transactions.Select(t => t.Type).Take(2).Should().Equal(FundTransactionType.Allocation, FundTransactionType.Receipt);
        project.Transactions.Skip(2).Select(t => t.Id).Should().Equal(paid, "transactions are listed in the order they were recorded");
        project.Transactions[2 + 9].Should().BeEquivalentTo(new { Amount = 100m, Corrections = 1, Voided = false });
        project.Transactions[2 + 19].Should().BeEquivalentTo(new { Amount = 0m, Corrections = 1, Voided = true });
        var spent = Enumerable.Range(1, Payments).Sum(i => (decimal)i) - 10m + 100m - 20m;
        project.Funds.Should().BeEquivalentTo(new { Disbursed = spent, Spent = spent });
        project.Transactions.Sum(t => t.Type == FundTransactionType.Disbursement ? t.Amount : 0m).Should().Be(spent);
    }

    [Fact]
    public async Task A_transaction_of_another_project_is_not_found_under_this_one()
    {
        var mine = await _finance.FundedProject();
        var other = await _finance.FundedProject();
        var paidFromOther = await _finance.Disbursed(other, ProjectScenarios.Payment(500m));

        await (await _finance.PostCorrection(mine, paidFromOther, new CorrectFundTransaction("x", Amount: 1m), "\"3\""))
            .ShouldBeProblem(HttpStatusCode.NotFound, "funds.transaction-not-found");
        (await _finance.GetProject(other)).Project.Funds.Spent.Should().Be(500m);
    }

    /// <summary>
    /// The transaction's document is read outside the door, after the project's version: a project that moved between
    /// that read and the decision may have changed it, so the decision refuses as the door refuses a stale If-Match.
    /// (The race itself is too narrow to provoke over HTTP.)
    /// </summary>
    [Fact]
    public void A_transaction_read_at_another_version_of_the_project_than_the_one_decided_on_is_refused_as_stale()
    {
        var project = new Project { Id = "p", Title = "t", DivisionCode = Codes.County, ResponsibleUnit = "u", Version = 7 };
        var transaction = new FundTransaction
        {
            Id = "t1", ProjectId = "p", DivisionCode = Codes.County, Type = FundTransactionType.Disbursement,
            Original = new(new DateOnly(2023, 7, 31), 1m, "a", "b", BudgetLine.ExpertFees, "v"), RecordedAtVersion = 4, ChangedAtVersion = 4,
        };

        CorrectFundTransactionEndpoint.AsDecidedOn(transaction, readAt: 7, project).Should().BeSameAs(transaction);
        FluentActions.Invoking(() => CorrectFundTransactionEndpoint.AsDecidedOn(transaction, readAt: 6, project))
            .Should().Throw<ExpectedVersionMismatchException>();
    }
}
