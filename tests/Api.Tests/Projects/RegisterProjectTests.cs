using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Budgeting;
using Fupin.EventSourced.Domain.Projects.Registering;
using Microsoft.AspNetCore.Mvc;

namespace Fupin.EventSourced.Api.Tests.Projects;

[Collection(ApiCollection.Name)]
public class RegisterProjectTests(ApiFixture api)
{
    private readonly HttpClient _finance = api.ClientAs(Roles.Finance);

    [Fact]
    public async Task A_registered_project_is_a_201_and_reads_back_with_its_budget_per_line_and_no_money_yet()
    {
        var response = await _finance.PostAsJsonAsync("/api/projects", ProjectScenarios.NewProject());

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var written = await response.Written();
        response.Headers.Location!.ToString().Should().Be($"/api/projects/{written.Id}");
        var (project, etag) = await _finance.GetProject(written.Id);
        etag.Should().Be("\"1\"");
        project.DivisionCode.Should().Be(Codes.County);
        project.Funds.Balance.Should().Be(0m);
        project.Lines.Should().ContainEquivalentOf(new { Line = BudgetLine.ExpertFees, OriginalBudget = 170_000m, Budget = 170_000m, Spent = 0m });
        project.ChainHead.Should().MatchRegex("^[0-9a-f]{64}$");

        await using var session = api.Store.QuerySession();
        var stored = (await session.Events.FetchStreamAsync(written.Id)).Should().ContainSingle().Subject;
        stored.Data.Should().BeOfType<ProjectRegistered>().Which.Hash.Should().Be(project.ChainHead);
        stored.GetHeader("role")!.ToString().Should().Be(Roles.Finance);
    }

    [Fact]
    public async Task Invalid_input_is_a_400_naming_each_field_and_writes_nothing()
    {
        var before = await api.HighWaterMarkAsync();
        var invalid = ProjectScenarios.NewProject() with
        {
            Title = "", DivisionCode = "3703", StartsOn = new DateOnly(2023, 1, 1), EndsOn = new DateOnly(2022, 1, 1),
            Budgets = [new YearBudget(2023, BudgetLine.Materials, 10.001m)],
        };

        var response = await _finance.PostAsJsonAsync("/api/projects", invalid);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        problem.Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().Contain(["title", "divisionCode", "endsOn", "budgets[0].amount"]);
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Finance_staff_of_one_county_cannot_register_a_project_of_another_nor_read_one()
    {
        var before = await api.HighWaterMarkAsync();
        await (await _finance.PostAsJsonAsync("/api/projects", ProjectScenarios.NewProject(Codes.OtherCounty))).ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        (await api.HighWaterMarkAsync()).Should().Be(before);

        var foreign = await api.ClientAs(Roles.Finance, Codes.OtherCounty).RegisteredProject(Codes.OtherCounty);
        await (await _finance.GetAsync($"/api/projects/{foreign}")).ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        await (await _finance.PostDisbursement(foreign, ProjectScenarios.Payment(1m))).ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        (await api.ClientAs(Roles.Finance, Codes.City).GetProject(foreign)).Project.Id.Should().Be(foreign);
    }

    [Fact]
    public async Task An_unknown_project_is_a_404()
    {
        await (await api.ClientAs(Roles.Analyst, null).GetAsync("/api/projects/no-such-project")).ShouldBeProblem(HttpStatusCode.NotFound, "project.not-found");
        await (await _finance.PostDisbursement("no-such-project", ProjectScenarios.Payment(1m))).ShouldBeProblem(HttpStatusCode.NotFound, "project.not-found");
    }

    [Fact]
    public async Task A_budget_revision_needs_if_match_keeps_the_original_and_cannot_fall_below_what_the_line_spent()
    {
        var id = await _finance.FundedProject();
        await _finance.Disbursed(id, ProjectScenarios.Payment(40_000m, BudgetLine.InformantFees));
        var revision = new ReviseBudget(2023, BudgetLine.InformantFees, 45_000m, new DateOnly(2023, 8, 1), "州科技局批复调整");

        await (await _finance.PostRevision(id, revision, null)).ShouldBeProblem(HttpStatusCode.PreconditionRequired, "version.required");
        await (await _finance.PostRevision(id, revision, "\"3\"")).ShouldBeProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        var below = await (await _finance.PostRevision(id, revision with { Amount = 39_999.99m }, "\"4\""))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "project.budget-below-spent");
        below.Detail.Should().Contain("40,000.00").And.Contain("39,999.99");

        var response = await _finance.PostRevision(id, revision, "\"4\"");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var (project, _) = await _finance.GetProject(id);
        project.Budgets.Should().ContainEquivalentOf(new BudgetEntry(2023, BudgetLine.InformantFees, 50_000m, 45_000m, 1));
        project.Lines.Should().ContainEquivalentOf(new { Line = BudgetLine.InformantFees, OriginalBudget = 50_000m, Budget = 45_000m, Spent = 40_000m, Remaining = 5_000m });
        await (await _finance.PostRevision(id, revision, "\"5\"")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "project.budget-unchanged");
        await (await _finance.PostRevision(id, revision with { Year = 2025 }, "\"5\"")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "project.budget-year-outside-period");
    }
}
