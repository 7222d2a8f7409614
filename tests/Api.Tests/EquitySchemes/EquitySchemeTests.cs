using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.EquitySchemes.GettingDetails;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.EquitySchemes.Dividends;
using Fupin.EventSourced.Domain.EquitySchemes.EndingTerm;
using Fupin.EventSourced.Domain.EquitySchemes.Enrolling;
using Fupin.EventSourced.Domain.EquitySchemes.Exiting;
using Fupin.EventSourced.Domain.EquitySchemes.Insuring;
using static Fupin.EventSourced.Api.Tests.Infrastructure.EquitySchemeScenarios;

namespace Fupin.EventSourced.Api.Tests.EquitySchemes;

[Collection(ApiCollection.Name)]
public class EquitySchemeTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);
    private readonly HttpClient _finance = api.ClientAs(Roles.Finance);

    /// <summary>
    /// Seed 002 run through: eight households place 10,000 each; each year the cooperative insures them and pays
    /// 1,000 each, except household 8 whose 2024 dividend is missed and paid late and household 7 whose 2025
    /// dividend is missed; at the end five take their refund, two the animals, one continues.
    /// </summary>
    [Fact]
    public async Task Seed_002_s_scheme_runs_its_three_years_and_its_exits_to_the_fen()
    {
        var scheme = await _finance.SetUpScheme();
        var households = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            households.Add(await _finance.Enrolled(scheme, await _operator.RegisteredHousehold()));
        }

        for (var year = 1; year <= 3; year++)
        {
            var yearEnd = new DateOnly(2022 + year, 12, 31);
            foreach (var (household, n) in households.Select((h, i) => (h, i + 1)))
            {
                await _finance.Posted(SchemePath(scheme, "insurance"),
                    new RecordInsurance(household, year, "中国人寿", $"P{2022 + year}-{n}", 216.00m, 200_000.00m, new DateOnly(2022 + year, 1, 1)));
                if ((n, year) is (8, 2) or (7, 3))
                {
                    await _finance.Posted(SchemePath(scheme, "missed-dividends"), new RecordDividendMissed(household, year, yearEnd, "合作社猪瘟损失,延期支付"));
                }
                else
                {
                    await _finance.Posted(SchemePath(scheme, "dividends"), new RecordDividendPaid(household, year, yearEnd, 1_000.00m, $"V{2022 + year}-{n}"));
                }
            }
        }

        await _finance.Posted(SchemePath(scheme, "dividends"), new RecordDividendPaid(households[7], 2, new DateOnly(2025, 3, 1), 1_000.00m, "V2025-late"));
        var end = new DateOnly(2025, 12, 31);
        foreach (var household in households.Take(5))
        {
            await _finance.Posted(SchemePath(scheme, "exits"), new SettleExit(household, end, ExitSettlementKind.Refund, RefundAmount: 10_000.00m));
        }

        foreach (var household in households.Skip(5).Take(2))
        {
            await _finance.Posted(SchemePath(scheme, "exits"), new SettleExit(household, end, ExitSettlementKind.AnimalsTaken, Animals: "能繁母猪 1 头、仔猪 8 头"));
        }

        await _finance.Posted(SchemePath(scheme, "term-end"), new EndTerm(end));

        var view = await _finance.GetScheme(scheme);
        view.TermLastDay.Should().Be(end);
        view.TermEndedOn.Should().Be(end);
        view.Totals.Should().Be(new EquityTotalsView(8, 80_000.00m, 24_000.00m, 23_000.00m, 1_000.00m, 24 * 216.00m, 50_000.00m, 2, 1));
        view.Members.Select(m => m.HouseholdId).Should().Equal(households);
        view.Members[0].Years.Select(y => (y.TermYear, y.Due, y.Status)).Should().Equal(
            (1, 1_000.00m, DividendStatus.Paid), (2, 1_000.00m, DividendStatus.Paid), (3, 1_000.00m, DividendStatus.Paid));
        view.Members[7].Years[1].Status.Should().Be(DividendStatus.PaidLate);
        view.Members[7].Years[1].Missed!.Reason.Should().Be("合作社猪瘟损失,延期支付");
        view.Members[7].Years[1].Payment!.PaidOn.Should().Be(new DateOnly(2025, 3, 1));
        view.Members[6].Years[2].Status.Should().Be(DividendStatus.Missed);
        view.Members[6].DividendsPaid.Should().Be(2_000.00m);
        view.Members[6].Exit!.Animals.Should().Be("能繁母猪 1 头、仔猪 8 头");
        view.Members[0].Exit!.RefundAmount.Should().Be(10_000.00m);
        view.Members[7].Exit.Should().BeNull();
        view.Members[0].Years[0].Insurance!.Cover.Should().Be(200_000.00m);
        view.Version.Should().Be(1 + 8 + 24 + 24 + 1 + 7 + 1);
    }

    [Fact]
    public async Task The_term_does_not_close_while_a_dividend_is_neither_paid_nor_missed()
    {
        var scheme = await _finance.SetUpScheme();
        var household = await _finance.Enrolled(scheme, await _operator.RegisteredHousehold());

        var response = await _finance.PostAsJsonAsync(SchemePath(scheme, "term-end"), new EndTerm(new DateOnly(2025, 12, 31)));

        (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "equity.dividends-outstanding")).Detail.Should().Contain($"{household} year 1");
    }

    [Fact]
    public async Task An_unknown_household_is_not_enrolled()
    {
        var scheme = await _finance.SetUpScheme();
        var before = await api.HighWaterMarkAsync();

        var response = await _finance.PostAsJsonAsync(SchemePath(scheme, "members"), new EnrolHousehold("no-such-household", new DateOnly(2023, 1, 1)));

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "household.not-found");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_household_of_another_county_is_not_enrolled_even_by_a_city_caller()
    {
        var city = api.ClientAs(Roles.Finance, Codes.City);
        var scheme = await city.SetUpScheme();
        var elsewhere = await api.ClientAs(Roles.Operator, Codes.City).RegisteredHousehold(Codes.OtherCounty);

        var response = await city.PostAsJsonAsync(SchemePath(scheme, "members"), new EnrolHousehold(elsewhere, new DateOnly(2023, 1, 1)));

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "equity.household-outside-division");
    }

    [Fact]
    public async Task A_household_is_enrolled_once()
    {
        var scheme = await _finance.SetUpScheme();
        var household = await _finance.Enrolled(scheme, await _operator.RegisteredHousehold());

        var response = await _finance.PostAsJsonAsync(SchemePath(scheme, "members"), new EnrolHousehold(household, new DateOnly(2023, 2, 1)));

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "equity.already-enrolled");
    }

    [Fact]
    public async Task A_county_caller_cannot_enrol_a_household_of_another_county_into_its_scheme()
    {
        var scheme = await _finance.SetUpScheme();
        var elsewhere = await api.ClientAs(Roles.Operator, Codes.City).RegisteredHousehold(Codes.OtherCounty);

        var response = await _finance.PostAsJsonAsync(SchemePath(scheme, "members"), new EnrolHousehold(elsewhere, new DateOnly(2023, 1, 1)));

        await response.ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
    }

    [Fact]
    public async Task A_dividend_is_paid_once_and_only_at_the_fixed_amount()
    {
        var scheme = await _finance.SetUpScheme();
        var household = await _finance.Enrolled(scheme, await _operator.RegisteredHousehold());
        await _finance.Posted(SchemePath(scheme, "dividends"), new RecordDividendPaid(household, 1, new DateOnly(2023, 12, 31), 1_000.00m, "V1"));

        var twice = await _finance.PostAsJsonAsync(SchemePath(scheme, "dividends"), new RecordDividendPaid(household, 1, new DateOnly(2024, 1, 5), 1_000.00m, "V2"));
        var other = await _finance.PostAsJsonAsync(SchemePath(scheme, "dividends"), new RecordDividendPaid(household, 2, new DateOnly(2024, 12, 31), 900.00m, "V3"));

        await twice.ShouldBeProblem(HttpStatusCode.Conflict, "equity.dividend-already-paid");
        await other.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "equity.dividend-amount");
        (await _finance.GetScheme(scheme)).Members[0].DividendsPaid.Should().Be(1_000.00m);
    }

    [Fact]
    public async Task An_amount_finer_than_the_fen_is_a_problem_naming_the_field_and_writes_nothing()
    {
        var scheme = await _finance.SetUpScheme();
        var household = await _finance.Enrolled(scheme, await _operator.RegisteredHousehold());
        var before = await api.HighWaterMarkAsync();

        var response = await _finance.PostAsJsonAsync(SchemePath(scheme, "dividends"), new RecordDividendPaid(household, 1, new DateOnly(2023, 12, 31), 1_000.001m, "V1"));

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        ((Microsoft.AspNetCore.Mvc.ValidationProblemDetails)problem).Errors.Keys.Should().ContainSingle().Which.Should().BeEquivalentTo("amount");
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task An_unknown_scheme_is_a_404()
    {
        var response = await _finance.GetAsync(SchemePath("no-such-scheme"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Money_reads_back_with_two_decimals()
    {
        var scheme = await _finance.SetUpScheme();

        var json = await _finance.GetStringAsync(SchemePath(scheme));

        json.Should().Contain("\"shareAmount\":10000.00").And.Contain("\"insurancePremium\":216.00").And.Contain("\"insuranceCover\":200000.00");
    }
}
