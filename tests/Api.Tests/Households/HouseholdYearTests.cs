using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Households.Reports;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Households;

namespace Fupin.EventSourced.Api.Tests.Households;

[Collection(ApiCollection.Name)]
public class HouseholdYearTests(ApiFixture api)
{
    /// <summary>高青县: no other test in this collection registers households there, so its counts are this test's alone.</summary>
    private const string County = "370322";

    private readonly HttpClient _operator = api.ClientAs(Roles.Operator, County);

    [Fact]
    public async Task A_countys_year_counts_registrations_by_registration_year_proposals_returns_and_monitoring_by_date_and_exits_by_exit_year()
    {
        var village = await _operator.RegisteredVillage(Codes.NewVillage(County));
        await _operator.RegisteredHousehold(HouseholdScenarios.NewRegistration(village));
        var exits = await _operator.RegisteredHousehold(HouseholdScenarios.NewRegistration(village));
        var returns = await _operator.RegisteredHousehold(HouseholdScenarios.NewRegistration(village));
        await _operator.RegisteredHousehold(HouseholdScenarios.NewRegistration(village, category: HouseholdCategory.Edge));

        await _operator.InNotice(exits, new DateOnly(2019, 11, 20));
        await _operator.Stepped(exits, (LifecycleStep.ApproveExit, new DateOnly(2019, 12, 1)));
        (await _operator.PostStep(exits, LifecycleStep.MarkExited, new DateOnly(2020, 1, 5), exitYear: 2019)).EnsureSuccessStatusCode();
        await _operator.Stepped(exits, (LifecycleStep.StartMonitoring, new DateOnly(2021, 3, 1)));

        await _operator.InNotice(returns, new DateOnly(2019, 11, 20));
        await _operator.Stepped(returns,
            (LifecycleStep.ApproveExit, new DateOnly(2019, 12, 1)),
            (LifecycleStep.MarkExited, new DateOnly(2019, 12, 20)),
            (LifecycleStep.RecordReturnToPoverty, new DateOnly(2021, 6, 1)),
            (LifecycleStep.ProposeExit, new DateOnly(2021, 11, 1)));

        await api.WaitForProjectionsAsync();

        (await Year(2016)).Should().Be(new HouseholdYear(County, 2016, Registered: 3, ProposedForExit: 0, Exited: 0, ReturnedToPoverty: 0, EnteredMonitoring: 1));
        (await Year(2019)).Should().Be(new HouseholdYear(County, 2019, Registered: 0, ProposedForExit: 2, Exited: 2, ReturnedToPoverty: 0, EnteredMonitoring: 0));
        (await Year(2020)).Should().Be(new HouseholdYear(County, 2020, 0, 0, 0, 0, 0));
        (await Year(2021)).Should().Be(new HouseholdYear(County, 2021, Registered: 0, ProposedForExit: 1, Exited: 0, ReturnedToPoverty: 1, EnteredMonitoring: 1));
    }

    [Theory]
    [InlineData("37032", "2019")]
    [InlineData(County, "19")]
    [InlineData(County, "1999")]
    public async Task A_division_or_year_that_is_not_valid_is_a_400(string division, string year)
    {
        var response = await api.ClientAs(Roles.Analyst, division: null).GetAsync($"/api/households/divisions/{division}/years/{year}");

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
    }

    private async Task<HouseholdYear> Year(int year) =>
        (await _operator.GetFromJsonAsync<HouseholdYear>($"/api/households/divisions/{County}/years/{year}", EnvoyScenarios.Json))!;
}
