using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Correcting;
using static Fupin.EventSourced.Domain.Tests.Projects.Given;

namespace Fupin.EventSourced.Domain.Tests.Projects;

public class CorrectFundTransactionTests
{
    [Fact]
    public void A_correction_points_at_the_original_says_why_and_carries_what_it_replaces()
    {
        var history = Funded().Recorded(FundTransactionType.Expenditure, 30_190m, id: "t1");
        var correction = CorrectFundTransaction.Decide(new CorrectFundTransaction("凭证金额录入错误", Amount: 30_019m), "t1", "c1", history.Project);

        correction.TransactionId.Should().Be("t1");
        correction.Reason.Should().Be("凭证金额录入错误");
        correction.Replaced.Amount.Should().Be(30_190m);
        correction.Corrected!.Amount.Should().Be(30_019m);
        correction.Corrected.Voucher.Should().Be(correction.Replaced.Voucher);

        var project = history.Then(correction).Project;
        project.Totals.Spent.Should().Be(30_019m);
        var transaction = project.FindTransaction("t1")!;
        transaction.Original.Amount.Should().Be(30_190m);
        transaction.Current!.Amount.Should().Be(30_019m);
        transaction.Corrections.Should().Equal("c1");
    }

    [Fact]
    public void A_correction_counts_the_difference_minus_the_old_on_its_date_plus_the_new_on_its_date()
    {
        var history = Funded().Recorded(FundTransactionType.Disbursement, 500m, id: "t1", on: Day(2023, 7, 31));
        var correction = CorrectFundTransaction.Decide(new CorrectFundTransaction("日期有误", On: Day(2024, 1, 2), Amount: 450m), "t1", "c1", history.Project);

        correction.Counts().Should().BeEquivalentTo(new[]
        {
            new FigureCount(Figure.FundsDisbursed, County, Day(2023, 7, 31), -500m),
            new FigureCount(Figure.FundsDisbursed, County, Day(2024, 1, 2), 450m),
            new FigureCount(Figure.FundsSpent, County, Day(2023, 7, 31), -500m),
            new FigureCount(Figure.FundsSpent, County, Day(2024, 1, 2), 450m),
        });
    }

    [Fact]
    public void A_void_takes_the_whole_transaction_back_and_counts_it_out()
    {
        var history = Funded().Recorded(FundTransactionType.Disbursement, 500m, id: "t1");
        var voided = CorrectFundTransaction.Decide(new CorrectFundTransaction("重复录入", Void: true), "t1", "c1", history.Project);

        voided.Voids.Should().BeTrue();
        voided.Counts().Sum(c => c.Amount).Should().Be(-1_000m);
        var project = history.Then(voided).Project;
        project.Totals.Spent.Should().Be(0m);
        project.FindTransaction("t1")!.Current.Should().BeNull();

        FluentActions.Invoking(() => CorrectFundTransaction.Decide(new CorrectFundTransaction("again", Amount: 1m), "t1", "c2", project))
            .Should().Throw<DomainException>().Which.Error.Should().Be(ProjectErrors.TransactionVoided);
    }

    [Fact]
    public void Correcting_an_unknown_transaction_is_not_found() =>
        FluentActions.Invoking(() => CorrectFundTransaction.Decide(new CorrectFundTransaction("x", Amount: 1m), "nope", "c", Funded().Project))
            .Should().Throw<DomainException>().Which.Error.Should().Be(ProjectErrors.TransactionNotFound);

    [Fact]
    public void A_correction_that_changes_nothing_is_refused()
    {
        var history = Funded().Recorded(FundTransactionType.Disbursement, 500m, id: "t1");

        FluentActions.Invoking(() => CorrectFundTransaction.Decide(new CorrectFundTransaction("x", Amount: 500.00m), "t1", "c", history.Project))
            .Should().Throw<DomainException>().Which.Error.Should().Be(ProjectErrors.CorrectionUnchanged);
    }

    [Fact]
    public void A_receipt_cannot_be_corrected_below_what_has_been_spent()
    {
        var history = Registered().Recorded(FundTransactionType.Receipt, 1_000m, id: "r1").Recorded(FundTransactionType.Disbursement, 800m);

        FluentActions.Invoking(() => CorrectFundTransaction.Decide(new CorrectFundTransaction("到位金额有误", Amount: 799.99m), "r1", "c", history.Project))
            .Should().Throw<DomainException>().Where(e => e.Error == ProjectErrors.InsufficientFunds && e.Message.Contains("balance -0.01"));
        FluentActions.Invoking(() => CorrectFundTransaction.Decide(new CorrectFundTransaction("到位金额有误", Amount: 800m), "r1", "c", history.Project))
            .Should().NotThrow();
    }

    [Fact]
    public void An_outflow_cannot_be_corrected_beyond_its_line_nor_moved_to_a_line_without_room()
    {
        var history = Funded().Recorded(FundTransactionType.Disbursement, 40_000m, BudgetLine.InformantFees, id: "t1");

        FluentActions.Invoking(() => CorrectFundTransaction.Decide(new CorrectFundTransaction("x", Amount: 50_000.01m), "t1", "c", history.Project))
            .Should().Throw<DomainException>().Where(e => e.Error == ProjectErrors.BudgetLineExceeded && e.Message.Contains("50,000.01"));
        FluentActions.Invoking(() => CorrectFundTransaction.Decide(new CorrectFundTransaction("x", BudgetLine: BudgetLine.Equipment), "t1", "c", history.Project))
            .Should().Throw<DomainException>().Where(e => e.Error == ProjectErrors.BudgetLineExceeded && e.Message.Contains("Equipment"));

        var moved = history.Then(CorrectFundTransaction.Decide(new CorrectFundTransaction("科目有误", BudgetLine: BudgetLine.ExpertFees), "t1", "c", history.Project)).Project;
        moved.LineSpent(BudgetLine.InformantFees).Should().Be(0m);
        moved.LineSpent(BudgetLine.ExpertFees).Should().Be(40_000m);
    }

    [Fact]
    public void A_void_gives_no_corrected_field_and_a_reason_is_required()
    {
        var errors = new CorrectFundTransactionValidator().Validate(new CorrectFundTransaction(" ", Amount: 1.001m, Void: true)).Errors;

        errors.Select(e => e.PropertyName).Should().Contain(["Reason", "Amount", "Void"]);
    }
}
