using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CsvHelper;
using Fupin.EventSourced.Api.Projects.Exporting;
using Fupin.EventSourced.Api.Projects.GettingDetails;
using Fupin.EventSourced.Api.Projects.History;
using Fupin.EventSourced.Api.Projects.Reports;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Correcting;
using MiniExcelLibs;

namespace Fupin.EventSourced.Api.Tests.Projects;

/// <summary>
/// Seed 002's 2023 books replayed for an auditor: 300,000 allocated and received, 30,019 paid by the end of July
/// (expert fees 20,000, informant fees 10,019), then in August the 116,000 of expert and informant fees paid and a
/// correction of July's expert fees to 19,000.
/// </summary>
[Collection(ApiCollection.Name)]
public class FundHistoryTests(ApiFixture api)
{
    private const string Correlation = "audit-2023-books";
    private readonly HttpClient _finance = Correlated(api.ClientAs(Roles.Finance, userId: "cw.wang"));
    private readonly HttpClient _auditor = api.ClientAs(Roles.Auditor, division: null);

    private static HttpClient Correlated(HttpClient client)
    {
        client.DefaultRequestHeaders.Add("X-Correlation-Id", Correlation);
        return client;
    }

    private sealed record Books(string ProjectId, string ExpertJuly, string CorrectionId, DateTimeOffset EndOfJulyEntered);

    /// <summary>The books, with the instant the last July entry was recorded (before anything of August was entered).</summary>
    private async Task<Books> SeedBooksAsync()
    {
        var project = await _finance.FundedProject();
        var expertJuly = await _finance.Disbursed(project, ProjectScenarios.Payment(20_000.00m, BudgetLine.ExpertFees, new DateOnly(2023, 7, 15)));
        await _finance.Disbursed(project, ProjectScenarios.Payment(10_019.00m, BudgetLine.InformantFees, new DateOnly(2023, 7, 31), "信息员 张华"));
        var endOfJuly = (await History(project)).Entries.Max(e => e.RecordedAt);

        await _finance.Disbursed(project, ProjectScenarios.Payment(80_000.00m, BudgetLine.ExpertFees, new DateOnly(2023, 8, 31)));
        await _finance.Disbursed(project, ProjectScenarios.Payment(36_000.00m, BudgetLine.InformantFees, new DateOnly(2023, 8, 31), "信息员 张华"));
        var (_, etag) = await _finance.GetProject(project);
        var corrected = await _finance.PostCorrection(project, expertJuly, new CorrectFundTransaction("凭证金额录入错误", Amount: 19_000.00m), etag);
        corrected.IsSuccessStatusCode.Should().BeTrue(await corrected.Content.ReadAsStringAsync());
        var correctionId = (await corrected.Content.ReadFromJsonAsync<Fupin.EventSourced.Api.EventStore.Written>())!.Id;
        return new Books(project, expertJuly, correctionId, endOfJuly);
    }

    private async Task<FundHistory> History(string projectId, string query = "")
    {
        var response = await _auditor.GetAsync($"/api/projects/{projectId}/fund-history{query}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<FundHistory>(EnvoyScenarios.Json))!;
    }

    private static string Instant(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O", CultureInfo.InvariantCulture));

    [Fact]
    public async Task The_history_lists_each_transaction_as_corrected_by_business_date_with_who_when_correlation_and_running_balances()
    {
        var books = await SeedBooksAsync();

        var history = await History(books.ProjectId);

        history.Entries.Select(e => (e.Type, e.On, e.Amount)).Should().Equal(
            (FundTransactionType.Allocation, new DateOnly(2023, 3, 1), 300_000.00m),
            (FundTransactionType.Receipt, new DateOnly(2023, 4, 1), 300_000.00m),
            (FundTransactionType.Disbursement, new DateOnly(2023, 7, 15), 19_000.00m),
            (FundTransactionType.Disbursement, new DateOnly(2023, 7, 31), 10_019.00m),
            (FundTransactionType.Disbursement, new DateOnly(2023, 8, 31), 80_000.00m),
            (FundTransactionType.Disbursement, new DateOnly(2023, 8, 31), 36_000.00m));
        history.Entries.Select(e => e.Balances.Balance).Should().Equal(0.00m, 300_000.00m, 281_000.00m, 270_981.00m, 190_981.00m, 154_981.00m);
        history.Entries.Should().AllSatisfy(e =>
        {
            e.RecordedBy.Should().Be("cw.wang");
            e.Role.Should().Be(Roles.Finance);
            e.CorrelationId.Should().Be(Correlation);
            e.Kind.Should().Be(FundHistoryEntryKind.Recorded);
        });
        history.Entries[2].Corrections.Should().Equal(books.CorrectionId);
        history.Entries[2].Version.Should().Be(4, "a corrected transaction keeps the version of its recording");
        history.KnownThroughVersion.Should().Be(history.StreamVersion).And.Be(8);

        var (project, _) = await _finance.GetProject(books.ProjectId);
        history.Totals.Should().Be(project.Funds, "the replay and the project's read model agree to the fen");
    }

    [Fact]
    public async Task As_of_the_end_of_July_the_history_holds_the_transactions_dated_up_to_it_as_corrected_since()
    {
        var books = await SeedBooksAsync();

        var history = await History(books.ProjectId, "?asOf=2023-07-31");

        history.Entries.Should().HaveCount(4);
        history.Totals.Spent.Should().Be(29_019.00m);
        history.AsOf.Should().Be(new DateOnly(2023, 7, 31));
    }

    [Fact]
    public async Task As_known_on_the_end_of_July_the_history_is_what_the_ledger_showed_before_August_was_entered()
    {
        var books = await SeedBooksAsync();

        var history = await History(books.ProjectId, $"?knownOn={Instant(books.EndOfJulyEntered)}");
        var julyAsKnown = await History(books.ProjectId, $"?knownOn={Instant(books.EndOfJulyEntered)}&asOf=2023-07-31");

        history.KnownThroughVersion.Should().Be(5);
        history.StreamVersion.Should().Be(8);
        history.Entries.Select(e => e.Amount).Should().Equal(300_000.00m, 300_000.00m, 20_000.00m, 10_019.00m);
        history.Entries[2].Corrections.Should().BeEmpty("the correction was entered in August");
        history.Totals.Should().Be(new FundsView(300_000.00m, 300_000.00m, 0.00m, 30_019.00m, 30_019.00m, 269_981.00m));
        julyAsKnown.Totals.Spent.Should().Be(30_019.00m);
    }

    [Fact]
    public async Task A_date_as_known_on_means_the_end_of_that_day_in_Beijing_time()
    {
        var books = await SeedBooksAsync();
        var todayInBeijing = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddMinutes(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        (await History(books.ProjectId, "?knownOn=2020-01-01")).Should().Match<FundHistory>(h => h.KnownThroughVersion == 0 && h.Entries.Count == 0);
        (await History(books.ProjectId, $"?knownOn={todayInBeijing}")).KnownThroughVersion.Should().Be(8);
    }

    [Fact]
    public async Task On_demand_corrections_are_shown_beside_the_originals_in_the_order_recorded_and_the_figures_agree()
    {
        var books = await SeedBooksAsync();

        var shown = await History(books.ProjectId, "?corrections=shown");
        var shownToJuly = await History(books.ProjectId, "?corrections=shown&asOf=2023-07-31");

        shown.CorrectionsShown.Should().BeTrue();
        shown.Entries.Select(e => (e.Kind, e.Amount, e.Change)).Should().Equal(
            (FundHistoryEntryKind.Recorded, 300_000.00m, 300_000.00m),
            (FundHistoryEntryKind.Recorded, 300_000.00m, 300_000.00m),
            (FundHistoryEntryKind.Recorded, 20_000.00m, 20_000.00m),
            (FundHistoryEntryKind.Recorded, 10_019.00m, 10_019.00m),
            (FundHistoryEntryKind.Recorded, 80_000.00m, 80_000.00m),
            (FundHistoryEntryKind.Recorded, 36_000.00m, 36_000.00m),
            (FundHistoryEntryKind.Corrected, 19_000.00m, -1_000.00m));
        var correction = shown.Entries[^1];
        correction.TransactionId.Should().Be(books.ExpertJuly);
        correction.CorrectionId.Should().Be(books.CorrectionId);
        correction.Reason.Should().Be("凭证金额录入错误");
        correction.Replaced!.Amount.Should().Be(20_000.00m);
        correction.Version.Should().Be(8);
        shown.Entries.Select(e => e.Version).Should().BeInAscendingOrder();
        shown.Totals.Should().Be((await History(books.ProjectId)).Totals);
        shownToJuly.Entries.Should().HaveCount(5);
        shownToJuly.Totals.Spent.Should().Be(29_019.00m);
    }

    [Theory]
    [InlineData("?knownOn=yesterday")]
    [InlineData("?knownOn=2023-07-31T23:59:59")]
    [InlineData("?asOf=31.07.2023")]
    [InlineData("?corrections=some")]
    public async Task A_malformed_question_is_a_400(string query)
    {
        var project = await _finance.FundedProject();

        var response = await _auditor.GetAsync($"/api/projects/{project}/fund-history{query}");

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
    }

    [Fact]
    public async Task An_unknown_project_has_no_history()
    {
        var response = await _auditor.GetAsync("/api/projects/no-such-project/fund-history");

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "project.not-found");
    }

    [Fact]
    public async Task The_history_exports_as_csv_with_chinese_labels_and_the_same_figures()
    {
        var books = await SeedBooksAsync();

        var response = await _auditor.GetAsync($"/api/projects/{books.ProjectId}/fund-history/csv?corrections=shown");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var (labels, rows) = ReadCsv(bytes);
        labels.Should().Equal(FundTables.HistoryLabels);
        rows.Should().HaveCount(7);
        rows[2]["交易类型"].Should().Be("支付");
        rows[2]["预算科目"].Should().Be("专家费");
        rows[2]["业务日期"].Should().Be("2023-07-15");
        rows[3]["收款方"].Should().Be("信息员 张华");
        rows[6]["记录类型"].Should().Be("更正");
        rows[6]["变动(元)"].Should().Be("-1000.00");
        rows[6]["更正原因"].Should().Be("凭证金额录入错误");
        rows[6]["余额(元)"].Should().Be("154981.00");
        rows[6]["使用累计(元)"].Should().Be("145019.00");
        rows.Should().AllSatisfy(r => r["关联编号"].Should().Be(Correlation));
    }

    [Fact]
    public async Task The_history_as_known_on_the_end_of_July_exports_as_xlsx_with_chinese_labels()
    {
        var books = await SeedBooksAsync();

        var response = await _auditor.GetAsync($"/api/projects/{books.ProjectId}/fund-history/xlsx?knownOn={Instant(books.EndOfJulyEntered)}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = await ReadXlsxAsync(response);
        rows.Should().HaveCount(4);
        rows[0].Keys.Should().Equal(FundTables.HistoryLabels);
        Money(rows[3]["使用累计(元)"]).Should().Be(30_019.00m);
        Money(rows[3]["余额(元)"]).Should().Be(269_981.00m);
        rows[2]["交易类型"].Should().Be("支付");
        rows[0]["交易类型"].Should().Be("下达");
        rows[1]["交易类型"].Should().Be("到位");
    }

    [Fact]
    public async Task The_division_year_fund_table_exports_one_row_per_project_and_a_total_equal_to_the_division_figures()
    {
        var books = await SeedBooksAsync();
        var analyst = api.ClientAs(Roles.Analyst, division: null);
        var figures = (await analyst.GetFromJsonAsync<DivisionFundYear>($"/api/funds/{Codes.County}/years/2023", EnvoyScenarios.Json))!;

        var csv = await analyst.GetAsync($"/api/funds/{Codes.County}/years/2023/csv");
        var xlsx = await analyst.GetAsync($"/api/funds/{Codes.County}/years/2023/xlsx");

        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        var (labels, rows) = ReadCsv(await csv.Content.ReadAsByteArrayAsync());
        labels.Should().Equal(FundTables.DivisionYearLabels);
        var mine = rows.Single(r => r["项目编号"] == books.ProjectId);
        (mine["下达(元)"], mine["到位(元)"], mine["支付(元)"], mine["使用(元)"], mine["执行率"]).Should().Be(
            ("300000.00", "300000.00", "145019.00", "145019.00", "0.4834"));
        var total = rows[^1];
        total["项目编号"].Should().Be(FundTables.TotalRow);
        (total["下达(元)"], total["到位(元)"], total["承诺(元)"], total["支付(元)"], total["使用(元)"]).Should().Be((
            Text(figures.Allocated), Text(figures.Received), Text(figures.Committed), Text(figures.Disbursed), Text(figures.Spent)));

        xlsx.StatusCode.Should().Be(HttpStatusCode.OK);
        var sheet = await ReadXlsxAsync(xlsx);
        sheet.Should().HaveCount(rows.Count);
        sheet[0].Keys.Should().Equal(FundTables.DivisionYearLabels);
        Money(sheet[^1]["使用(元)"]).Should().Be(figures.Spent);
        Money(sheet.Single(r => (string?)r["项目编号"] == books.ProjectId)["支付(元)"]).Should().Be(145_019.00m);
    }

    [Fact]
    public async Task A_malformed_division_or_year_export_is_a_400()
    {
        var response = await api.ClientAs(Roles.Analyst, division: null).GetAsync("/api/funds/3703/years/2023/csv");

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
    }

    private static string Text(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static decimal Money(object? cell) => decimal.Round(Convert.ToDecimal(cell, CultureInfo.InvariantCulture), 2);

    private static (IReadOnlyList<string> Labels, List<Dictionary<string, string>> Rows) ReadCsv(byte[] bytes)
    {
        using var reader = CsvReader.Create(new MemoryStream(bytes), null, leaveOpen: false);
        var labels = reader.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(labels.ToDictionary(label => label, label => reader.GetString(label), StringComparer.Ordinal));
        }

        return (labels, rows);
    }

    private static async Task<List<IDictionary<string, object?>>> ReadXlsxAsync(HttpResponseMessage response)
    {
        var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()];
    }
}
