using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Registering;
using static Fupin.EventSourced.Domain.Tests.Projects.Given;

namespace Fupin.EventSourced.Domain.Tests.Projects;

public class RegisterProjectTests
{
    private static readonly RegisterProjectValidator Validator = new();

    [Fact]
    public void Registering_starts_the_project_stream_with_its_budget_to_the_fen_and_the_first_link_of_its_chain()
    {
        var change = RegisterProject.Decide(Registration with { Title = " 平台 " }, ProjectId).Changes.Should().ContainSingle().Subject;

        change.StreamId.Should().Be(ProjectId);
        change.StartsAs.Should().Be<Project>();
        var registered = change.Events.Should().ContainSingle().Which.Should().BeOfType<ProjectRegistered>().Subject;
        registered.Title.Should().Be("平台");
        registered.DivisionCode.Should().Be(County);
        registered.Budgets.Select(b => b.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal("100000.00", "50000.00", "80000.00", "70000.00");
        registered.PreviousHash.Should().Be(FundChain.Genesis);
        registered.Hash.Should().Be(FundChain.HashOf(registered, 1)).And.MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    public void A_registered_project_belongs_to_its_division_and_counts_one_project_supported_in_its_first_year()
    {
        var history = Registered();

        history.Project.DivisionCode.Should().Be(County);
        history.Project.LineBudget(BudgetLine.ExpertFees).Should().Be(170_000m);
        history.Project.Totals.Should().Be(FundTotals.Zero);
        ((ICountedEvent)history.Events[0].Data).Counts().Should().Equal(new FigureCount(Figure.ProjectsSupported, County, Day(2023, 1, 1), 1));
    }

    [Fact]
    public void A_valid_registration_passes_validation() => Validator.Validate(Registration).IsValid.Should().BeTrue();

    [Fact]
    public void A_village_outside_the_projects_division_is_refused() =>
        Validator.Validate(Registration with { VillageCodes = ["370302101001"] }).Errors.Should().Contain(e => e.PropertyName == "VillageCodes[0]");

    [Fact]
    public void A_budget_for_a_year_outside_the_period_is_refused() =>
        Validator.Validate(Registration with { Budgets = [new(2025, BudgetLine.Materials, 1m)] }).Errors.Should().Contain(e => e.PropertyName == "Budgets[0]");

    [Fact]
    public void A_year_and_line_listed_twice_is_refused() =>
        Validator.Validate(Registration with { Budgets = [new(2023, BudgetLine.Materials, 1m), new(2023, BudgetLine.Materials, 2m)] })
            .Errors.Should().Contain(e => e.PropertyName == "Budgets");

    [Theory]
    [InlineData("0.001")]
    [InlineData("-1")]
    [InlineData("1.000")]
    public void A_budget_amount_below_zero_or_beyond_the_fen_is_refused(string amount) =>
        Validator.Validate(Registration with { Budgets = [new(2023, BudgetLine.Materials, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))] })
            .Errors.Should().Contain(e => e.PropertyName == "Budgets[0].Amount");

    [Fact]
    public void The_period_cannot_end_before_it_starts() =>
        Validator.Validate(Registration with { EndsOn = Day(2022, 12, 31) }).Errors.Should().Contain(e => e.PropertyName == "EndsOn");

    [Theory]
    [InlineData("3703")]
    [InlineData("370302101")]
    [InlineData("")]
    public void The_division_must_be_a_6_digit_code(string division) =>
        Validator.Validate(Registration with { DivisionCode = division }).Errors.Should().Contain(e => e.PropertyName == "DivisionCode");
}
