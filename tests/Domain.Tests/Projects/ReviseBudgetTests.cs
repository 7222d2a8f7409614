using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Budgeting;
using static Fupin.EventSourced.Domain.Tests.Projects.Given;

namespace Fupin.EventSourced.Domain.Tests.Projects;

public class ReviseBudgetTests
{
    private static ReviseBudget Revision(int year, BudgetLine line, decimal amount) => new(year, line, amount, Day(2023, 8, 1), "州科技局批复调整");

    [Fact]
    public void A_revision_keeps_the_original_and_says_what_it_replaces_and_why()
    {
        var history = Registered();
        var revised = ReviseBudget.Decide(Revision(2023, BudgetLine.ExpertFees, 120_000m), history.Project);

        revised.Replaces.Should().Be(100_000m);
        revised.Amount.Should().Be(120_000.00m);
        revised.Reason.Should().Be("州科技局批复调整");
        revised.PreviousHash.Should().Be(history.Project.ChainHead);

        var project = history.Then(revised).Project;
        project.BudgetOf(2023, BudgetLine.ExpertFees).Should().Be(new BudgetEntry(2023, BudgetLine.ExpertFees, 100_000m, 120_000m, 1));
        project.LineBudget(BudgetLine.ExpertFees).Should().Be(190_000m);
    }

    [Fact]
    public void A_line_not_in_the_original_budget_can_be_added_by_a_revision_with_an_original_of_zero()
    {
        var project = Registered().Revised(2024, BudgetLine.Equipment, 5_000m).Project;

        project.BudgetOf(2024, BudgetLine.Equipment).Should().Be(new BudgetEntry(2024, BudgetLine.Equipment, 0m, 5_000m, 1));
    }

    [Fact]
    public void A_revision_to_the_current_amount_is_refused() =>
        FluentActions.Invoking(() => ReviseBudget.Decide(Revision(2023, BudgetLine.ExpertFees, 100_000m), Registered().Project))
            .Should().Throw<DomainException>().Which.Error.Should().Be(ProjectErrors.BudgetUnchanged);

    [Fact]
    public void A_year_outside_the_projects_period_is_refused() =>
        FluentActions.Invoking(() => ReviseBudget.Decide(Revision(2025, BudgetLine.ExpertFees, 1m), Registered().Project))
            .Should().Throw<DomainException>().Which.Error.Should().Be(ProjectErrors.BudgetYearOutsidePeriod);

    [Fact]
    public void A_line_cannot_be_revised_below_what_it_has_spent()
    {
        var project = Funded().Recorded(FundTransactionType.Disbursement, 160_000m, BudgetLine.ExpertFees).Project;

        FluentActions.Invoking(() => ReviseBudget.Decide(Revision(2024, BudgetLine.ExpertFees, 50_000m), project))
            .Should().Throw<DomainException>().Where(e => e.Error == ProjectErrors.BudgetBelowSpent
                                                          && e.Message.Contains("160,000.00") && e.Message.Contains("150,000.00"));
        FluentActions.Invoking(() => ReviseBudget.Decide(Revision(2024, BudgetLine.ExpertFees, 60_000m), project)).Should().NotThrow();
    }

    [Fact]
    public void Revision_input_is_validated()
    {
        var errors = new ReviseBudgetValidator().Validate(new ReviseBudget(2023, (BudgetLine)99, 1.001m, Day(1999, 1, 1), " ")).Errors;

        errors.Select(e => e.PropertyName).Should().Contain(["Line", "Amount", "On", "Reason"]);
    }
}
