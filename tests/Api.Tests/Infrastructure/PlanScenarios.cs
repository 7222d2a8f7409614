using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Reports.Reading;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Indicators;
using Fupin.EventSourced.Domain.Indicators.Defining;
using Fupin.EventSourced.Domain.Plans.DrawingUp;
using Fupin.EventSourced.Domain.Plans.Targeting;
using Fupin.EventSourced.Domain.Reports;
using Fupin.EventSourced.Domain.Reports.Approving;
using Fupin.EventSourced.Domain.Reports.Returning;
using Fupin.EventSourced.Domain.Reports.Submitting;
using Fupin.EventSourced.Domain.Reports.WithdrawingApproval;

namespace Fupin.EventSourced.Api.Tests.Infrastructure;

/// <summary>Indicators, plans and county reports built through the API itself.</summary>
public static class PlanScenarios
{
    private static int _serial = Random.Shared.Next(0, 1_000_000);

    public static string NewIndicatorCode() => "ind-" + Interlocked.Increment(ref _serial).ToString(CultureInfo.InvariantCulture);

    public static DefineIndicator NewIndicator(
        string? code = null, Figure? figure = Figure.EnvoysSelected, Direction direction = Direction.MoreIsBetter,
        DerivedMeasure? derived = null, Measure measure = Measure.Count, Figure? breakdown = null) =>
        new(code ?? NewIndicatorCode(), "选派科技特派员", "Envoys selected", "人", measure, direction,
            new IndicatorSource(derived is null ? figure : null, derived, breakdown, breakdown is null ? null : "其中贫困户"));

    /// <summary>A defined indicator; returns its code.</summary>
    public static async Task<string> DefinedIndicator(this HttpClient admin, DefineIndicator? definition = null)
    {
        definition ??= NewIndicator();
        var response = await admin.PostAsJsonAsync("/api/indicators", definition);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return definition.Code;
    }

    public static DrawUpPlan NewPlan(string division, int firstYear = 2018, int lastYear = 2020) =>
        new("淄博市科技扶贫三年行动计划（2018—2020年）", division, firstYear, lastYear, "淄科发〔2018〕12号", new DateOnly(firstYear, 1, 15));

    /// <summary>A drawn-up plan; returns its id.</summary>
    public static async Task<string> DrawnUpPlan(this HttpClient admin, string division, int firstYear = 2018, int lastYear = 2020)
    {
        var response = await admin.PostAsJsonAsync("/api/plans", NewPlan(division, firstYear, lastYear));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Written>())!.Id;
    }

    public static Task<HttpResponseMessage> PostTargets(this HttpClient admin, string planId, SetIndicatorTargets command) =>
        admin.PostAsJsonAsync($"/api/plans/{planId}/targets", command);

    /// <summary>Targets set for an indicator in a plan, one value per year from 2018, decided on 15 January 2018.</summary>
    public static async Task TargetsSet(this HttpClient admin, string planId, string indicatorCode, params decimal[] values)
    {
        var response = await admin.PostTargets(planId, new SetIndicatorTargets(indicatorCode, new YearValue(2017, 0),
            [.. values.Select((v, i) => new YearValue(2018 + i, v))], new DateOnly(2018, 1, 15)));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static async Task<string> PlanETag(this HttpClient client, string planId)
    {
        var response = await client.GetAsync($"/api/plans/{planId}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return response.Headers.ETag!.Tag;
    }

    public static async Task<ReportView?> GetReport(this HttpClient client, string county, int year)
    {
        var response = await client.GetAsync($"/api/reports/{county}/years/{year}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<ReportView>(EnvoyScenarios.Json);
    }

    /// <summary>
    /// Brings a county-year report into <paramref name="wanted"/> from whatever state it is in: the operator submits, the admin
    /// returns, approves or withdraws. Returns the report as it then stands.
    /// </summary>
    public static async Task<ReportView> ReportIn(this HttpClient operatorClient, HttpClient admin, string county, int year, ReportStatus wanted)
    {
        for (var step = 0; step < 4; step++)
        {
            var report = await operatorClient.GetReport(county, year);
            var status = report?.Status ?? ReportStatus.Open;
            if (status == wanted)
            {
                return report ?? new ReportView(county, year, ReportStatus.Open, null, null, null, null, null, 0);
            }

            var (client, path, body) = (status, wanted) switch
            {
                (ReportStatus.Open, _) => (operatorClient, "submission", (object)new SubmitReport("scenario")),
                (ReportStatus.Submitted, ReportStatus.Open) => (admin, "return", new ReturnReport("scenario")),
                (ReportStatus.Submitted, _) => (admin, "approval", new ApproveReport(report!.SubmittedHash!)),
                _ => (admin, "approval-withdrawal", new WithdrawApproval("scenario")),
            };
            var response = await client.PostAsync($"/api/reports/{county}/years/{year}/{path}", JsonContent.Create(body, body.GetType()));
            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        throw new InvalidOperationException($"The report of {county} for {year} did not reach {wanted}.");
    }
}
