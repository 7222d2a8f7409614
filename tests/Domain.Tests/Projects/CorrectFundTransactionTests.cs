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
        var correction = history.Correction("t1", new CorrectFundTransaction("凭证金额录入错误", Amount: 30_019m), "c1");

        correction.TransactionId.Should().Be("t1");
        correction.Reason.Should().Be("凭证金额录入错误");
        correction.Replaced.Amount.Should().Be(30_190m);
        correction.Corrected!.Amount.Should().Be(30_019m);
        correction.Corrected.Voucher.Should().Be(correction.Replaced.Voucher);

        var after = history.Then(correction);
        after.Project.Totals.Spent.Should().Be(30_019m);
        after.TransactionRecord("t1").Should().BeEquivalentTo(new
        {
            Id = "t1", ProjectId, DivisionCode = County, Type = FundTransactionType.Expenditure, RecordedAtVersion = 4L, ChangedAtVersion = 5L,
        });
        after.TransactionRecord("t1")!.Corrections.Should().Equal("c1");
        after.TransactionRecord("t1")!.Original.Amount.Should().Be(30_190m);
        after.TransactionRecord("t1")!.Current!.Amount.Should().Be(30_019m);
    }

    [Fact]
    public void A_correction_counts_the_difference_minus_the_old_on_its_date_plus_the_new_on_its_date()
    {
        var history = Funded().Recorded(FundTransactionType.Disbursement, 500m, id: "t1", on: Day(2023, 7, 31));
        var correction = history.Correction("t1", new CorrectFundTransaction("日期有误", On: Day(2024, 1, 2), Amount: 450m), "c1");

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
        var voided = history.Correction("t1", new CorrectFundTransaction("重复录入", Void: true), "c1");

        voided.Voids.Should().BeTrue();
        voided.Counts().Sum(c => c.Amount).Should().Be(-1_000m);
        history.Then(voided).Project.Totals.Spent.Should().Be(0m);
        history.TransactionRecord("t1")!.Current.Should().BeNull();

        FluentActions.Invoking(() => history.Correction("t1", new CorrectFundTransaction("again", Amount: 1m), "c2"))
            .Should().Throw<DomainException>().Which.Error.Should().Be(ProjectErrors.TransactionVoided);
    }

    [Fact]
    public void Correcting_an_unknown_transaction_is_not_found() =>
        FluentActions.Invoking(() => Funded().Correction("nope", new CorrectFundTransaction("x", Amount: 1m)))
            .Should().Throw<DomainException>().Which.Error.Should().Be(ProjectErrors.TransactionNotFound);

    [Fact]
    public void A_transaction_of_another_project_or_under_another_id_is_not_found()
    {
        var history = Funded().Recorded(FundTransactionType.Disbursement, 500m, id: "t1");
        var elsewhere = history.TransactionRecord("t1")! with { ProjectId = "0196f1c2-7a00-7000-8000-0000000000bb" };

        FluentActions.Invoking(() => CorrectFundTransaction.Decide(new CorrectFundTransaction("x", Amount: 1m), "t1", elsewhere, "c", history.Project))
            .Should().Throw<DomainException>().Which.Error.Should().Be(ProjectErrors.TransactionNotFound);
        FluentActions.Invoking(() => CorrectFundTransaction.Decide(new CorrectFundTransaction("x", Amount: 1m), "t2", history.TransactionRecord("t1"), "c", history.Project))
            .Should().Throw<DomainException>().Which.Error.Should().Be(ProjectErrors.TransactionNotFound);
    }

    [Fact]
    public void A_correction_decides_on_the_transactions_document_not_on_the_projects_state()
    {
        var history = Funded().Recorded(FundTransactionType.Disbursement, 500m, id: "t1").Corrected("t1", new CorrectFundTransaction("x", Amount: 400m));

        var correction = history.Correction("t1", new CorrectFundTransaction("再次更正", Amount: 300m));

        correction.Replaced.Amount.Should().Be(400m, "it replaces what the transaction says now, after its first correction");
        history.Then(correction).Project.Totals.Spent.Should().Be(300m);
        history.TransactionRecord("t1")!.Corrections.Should().HaveCount(2);
    }

    [Fact]
    public void A_correction_that_changes_nothing_is_refused()
    {
        var history = Funded().Recorded(FundTransactionType.Disbursement, 500m, id: "t1");

        FluentActions.Invoking(() => history.Correction("t1", new CorrectFundTransaction("x", Amount: 500.00m)))
            .Should().Throw<DomainException>().Which.Error.Should().Be(ProjectErrors.CorrectionUnchanged);
    }

    [Fact]
    public void A_receipt_cannot_be_corrected_below_what_has_been_spent()
    {
        var history = Registered().Recorded(FundTransactionType.Receipt, 1_000m, id: "r1").Recorded(FundTransactionType.Disbursement, 800m);

        FluentActions.Invoking(() => history.Correction("r1", new CorrectFundTransaction("到位金额有误", Amount: 799.99m)))
            .Should().Throw<DomainException>().Where(e => e.Error == ProjectErrors.InsufficientFunds && e.Message.Contains("balance -0.01"));
        FluentActions.Invoking(() => history.Correction("r1", new CorrectFundTransaction("到位金额有误", Amount: 800m)))
            .Should().NotThrow();
    }

    [Fact]
    public void An_outflow_cannot_be_corrected_beyond_its_line_nor_moved_to_a_line_without_room()
    {
        var history = Funded().Recorded(FundTransactionType.Disbursement, 40_000m, BudgetLine.InformantFees, id: "t1");

        FluentActions.Invoking(() => history.Correction("t1", new CorrectFundTransaction("x", Amount: 50_000.01m)))
            .Should().Throw<DomainException>().Where(e => e.Error == ProjectErrors.BudgetLineExceeded && e.Message.Contains("50,000.01"));
        FluentActions.Invoking(() => history.Correction("t1", new CorrectFundTransaction("x", BudgetLine: BudgetLine.Equipment)))
            .Should().Throw<DomainException>().Where(e => e.Error == ProjectErrors.BudgetLineExceeded && e.Message.Contains("Equipment"));

        var moved = history.Then(history.Correction("t1", new CorrectFundTransaction("科目有误", BudgetLine: BudgetLine.ExpertFees))).Project;
        moved.LineSpent(BudgetLine.InformantFees).Should().Be(0m);
        moved.LineSpent(BudgetLine.ExpertFees).Should().Be(40_000m);
    }

    [Fact]
    public void A_void_gives_no_corrected_field_and_a_reason_is_required()
    {
        var errors = new CorrectFundTransactionValidator().Validate(new CorrectFundTransaction(" ", Amount: 1.001m, Void: true)).Errors;

        errors.Select(e => e.PropertyName).Should().Contain(["Reason", "Amount", "Void"]);
    }

    [Fact]
    public void A_transactions_document_cannot_be_corrected_before_it_is_recorded_nor_take_another_event()
    {
        var history = Funded().Recorded(FundTransactionType.Disbursement, 500m, id: "t1");
        var correction = history.Correction("t1", new CorrectFundTransaction("x", Amount: 400m));

        FluentActions.Invoking(() => FundTransaction.Evolve(null, correction, 5)).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => FundTransaction.Evolve(history.TransactionRecord("t1"), history.Events[0].Data, 5)).Should().Throw<InvalidOperationException>();
    }
}
