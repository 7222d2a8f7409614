using System.Globalization;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Transacting;
using static Fupin.EventSourced.Domain.Tests.Projects.Given;

namespace Fupin.EventSourced.Domain.Tests.Projects;

public class RecordFundTransactionTests
{
    private static readonly RecordFundTransactionValidator Validator = new();

    [Fact]
    public void Seed_002_allocated_received_and_spent_by_the_end_of_July_read_back_exactly()
    {
        var project = Funded().Recorded(FundTransactionType.Expenditure, 30_019m, BudgetLine.ExpertFees).Project;

        project.Totals.Should().Be(new FundTotals(300_000m, 300_000m, 0m, 0m, 30_019m));
        project.Totals.Balance.Should().Be(269_981.00m);
        project.Lines.Should().Equal(new LineFigures(BudgetLine.ExpertFees, 0m, 30_019m));
    }

    [Fact]
    public void A_transaction_carries_the_projects_division_its_values_to_the_fen_and_the_next_link()
    {
        var history = Funded();
        var recorded = RecordFundTransaction.Decide(Transaction(FundTransactionType.Disbursement, 1_234.5m), "t1", history.Project);

        recorded.Should().BeEquivalentTo(new
        {
            ProjectId, TransactionId = "t1", DivisionCode = County, Type = FundTransactionType.Disbursement, Amount = 1_234.50m,
            BudgetLine = BudgetLine.ExpertFees, PreviousHash = history.Project.ChainHead,
        });
        recorded.Amount.ToString(CultureInfo.InvariantCulture).Should().Be("1234.50");
        recorded.Hash.Should().Be(FundChain.HashOf(recorded, history.Project.Version + 1));
    }

    [Theory]
    [InlineData(FundTransactionType.Allocation, new[] { Figure.FundsAllocated })]
    [InlineData(FundTransactionType.Receipt, new[] { Figure.FundsReceived })]
    [InlineData(FundTransactionType.Commitment, new[] { Figure.FundsCommitted })]
    [InlineData(FundTransactionType.Disbursement, new[] { Figure.FundsDisbursed, Figure.FundsSpent })]
    [InlineData(FundTransactionType.Expenditure, new[] { Figure.FundsSpent })]
    [InlineData(FundTransactionType.Reimbursement, new[] { Figure.FundsSpent })]
    [InlineData(FundTransactionType.PurchaseOfEquity, new[] { Figure.FundsSpent })]
    public void Each_type_counts_its_figures_at_the_projects_division_on_the_business_date(FundTransactionType type, Figure[] figures)
    {
        var recorded = RecordFundTransaction.Decide(Transaction(type, 99.99m, on: Day(2023, 7, 31)), "t1", Funded().Project);

        recorded.Counts().Should().Equal(figures.Select(f => new FigureCount(f, County, Day(2023, 7, 31), 99.99m)));
    }

    [Fact]
    public void A_commitment_counts_against_its_line_but_draws_on_no_balance()
    {
        var project = Registered().Recorded(FundTransactionType.Commitment, 100_000m, BudgetLine.ExpertFees).Project;

        project.Totals.Committed.Should().Be(100_000m);
        project.Totals.Balance.Should().Be(0m);
        project.Lines.Should().Equal(new LineFigures(BudgetLine.ExpertFees, 100_000m, 0m));
    }

    [Theory]
    [InlineData(FundTransactionType.Disbursement)]
    [InlineData(FundTransactionType.Expenditure)]
    [InlineData(FundTransactionType.Reimbursement)]
    [InlineData(FundTransactionType.PurchaseOfEquity)]
    public void No_outflow_beyond_what_has_been_received_exact_to_the_fen(FundTransactionType type)
    {
        var project = Funded(received: 1_000m).Recorded(FundTransactionType.Disbursement, 400.01m).Project;

        FluentActions.Invoking(() => RecordFundTransaction.Decide(Transaction(type, 599.99m), "ok", project)).Should().NotThrow();
        FluentActions.Invoking(() => RecordFundTransaction.Decide(Transaction(type, 600.00m), "over", project))
            .Should().Throw<DomainException>().Where(e => e.Error == ProjectErrors.InsufficientFunds
                                                          && e.Message.Contains("received 1,000.00") && e.Message.Contains("balance 599.99"));
    }

    [Fact]
    public void Nothing_can_go_out_before_anything_came_in() =>
        FluentActions.Invoking(() => RecordFundTransaction.Decide(Transaction(FundTransactionType.Disbursement, 0.01m), "t", Registered().Project))
            .Should().Throw<DomainException>().Which.Error.Should().Be(ProjectErrors.InsufficientFunds);

    [Fact]
    public void No_budget_line_spent_beyond_its_current_budget_and_the_refusal_names_the_line_the_budget_and_what_it_would_make_it()
    {
        var project = Funded().Recorded(FundTransactionType.Disbursement, 49_999.99m, BudgetLine.InformantFees).Project;

        FluentActions.Invoking(() => RecordFundTransaction.Decide(Transaction(FundTransactionType.Disbursement, 0.01m, BudgetLine.InformantFees), "ok", project))
            .Should().NotThrow();
        FluentActions.Invoking(() => RecordFundTransaction.Decide(Transaction(FundTransactionType.Disbursement, 0.02m, BudgetLine.InformantFees), "over", project))
            .Should().Throw<DomainException>().Where(e => e.Error == ProjectErrors.BudgetLineExceeded
                                                          && e.Message.Contains("InformantFees") && e.Message.Contains("budget of 50,000.00")
                                                          && e.Message.Contains("make it 50,000.01"));
    }

    [Fact]
    public void A_line_outside_the_contract_budget_has_a_budget_of_zero() =>
        FluentActions.Invoking(() => RecordFundTransaction.Decide(Transaction(FundTransactionType.Expenditure, 1m, BudgetLine.Equipment), "t", Funded().Project))
            .Should().Throw<DomainException>().Where(e => e.Error == ProjectErrors.BudgetLineExceeded && e.Message.Contains("budget of 0.00"));

    [Fact]
    public void A_revised_budget_is_the_one_the_line_is_held_to()
    {
        var project = Funded().Revised(2023, BudgetLine.InformantFees, 60_000m).Project;

        FluentActions.Invoking(() => RecordFundTransaction.Decide(Transaction(FundTransactionType.Disbursement, 60_000m, BudgetLine.InformantFees), "t", project))
            .Should().NotThrow();
    }

    [Fact]
    public void Disburse_funds_is_a_disbursement()
    {
        var disbursed = DisburseFunds.Decide(new DisburseFunds(Day(2023, 8, 31), 116_000m, "县科技局", "专家 李明", BudgetLine.ExpertFees, "记-2023-08-001"),
            "t", Funded().Project);

        disbursed.Type.Should().Be(FundTransactionType.Disbursement);
        disbursed.Amount.Should().Be(116_000m);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.01")]
    [InlineData("0.001")]
    [InlineData("30019.001")]
    [InlineData("1.000")]
    [InlineData("1000000000000.01")]
    public void An_amount_that_is_zero_negative_beyond_the_fen_or_absurd_is_refused(string amount)
    {
        var command = Transaction(FundTransactionType.Receipt, decimal.Parse(amount, CultureInfo.InvariantCulture));

        Validator.Validate(command).Errors.Should().ContainSingle().Which.PropertyName.Should().Be("Amount");
        new DisburseFundsValidator().Validate(new DisburseFunds(Day(2023, 1, 1), command.Amount, "a", "b", BudgetLine.Other, "v"))
            .Errors.Should().ContainSingle().Which.PropertyName.Should().Be("Amount");
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("30019")]
    [InlineData("30019.5")]
    [InlineData("1000000000000")]
    public void An_amount_to_the_fen_is_accepted(string amount) =>
        Validator.Validate(Transaction(FundTransactionType.Receipt, decimal.Parse(amount, CultureInfo.InvariantCulture))).IsValid.Should().BeTrue();

    [Fact]
    public void An_outflow_or_commitment_needs_a_budget_line_and_incoming_funds_have_none()
    {
        Validator.Validate(Transaction(FundTransactionType.Disbursement, 1m) with { BudgetLine = null })
            .Errors.Should().ContainSingle().Which.PropertyName.Should().Be("BudgetLine");
        Validator.Validate(Transaction(FundTransactionType.Commitment, 1m) with { BudgetLine = null })
            .Errors.Should().ContainSingle().Which.PropertyName.Should().Be("BudgetLine");
        Validator.Validate(Transaction(FundTransactionType.Receipt, 1m) with { BudgetLine = BudgetLine.Other })
            .Errors.Should().ContainSingle().Which.PropertyName.Should().Be("BudgetLine");
    }

    [Fact]
    public void Provider_receiver_voucher_and_date_are_validated()
    {
        var errors = Validator.Validate(Transaction(FundTransactionType.Receipt, 1m) with
        {
            Provider = " ", Receiver = "a\u202Eb", Voucher = new string('v', 65), On = Day(2101, 1, 1), Type = (FundTransactionType)42,
        }).Errors;

        errors.Select(e => e.PropertyName).Should().Contain(["Provider", "Receiver", "Voucher", "On", "Type"]);
    }
}
