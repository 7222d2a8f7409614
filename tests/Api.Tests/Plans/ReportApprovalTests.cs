using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Fupin.EventSourced.Api.Reports.Reading;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Reports;
using Fupin.EventSourced.Domain.Reports.Approving;
using Fupin.EventSourced.Domain.Reports.Submitting;
using Fupin.EventSourced.Projections.Figures;
using JasperFx.Events.Daemon;
using Microsoft.Extensions.DependencyInjection;

namespace Fupin.EventSourced.Api.Tests.Plans;

[Collection(PlansCollection.Name)]
public class ReportApprovalTests(PlansCollection.Fixture api) : PlanTestsBase(api)
{
    [Fact]
    public async Task Approval_locks_the_county_year_until_withdrawn_and_the_submitter_cannot_approve()
    {
        var county = PlansCollection.NewCounty();
        await EnvoySelected(county, new DateOnly(2018, 3, 1));
        await Api.WaitForProjectionsAsync();

        var submitted = await Submit(county);
        var selfApproval = await Api.ClientAs("admin", null, userId: "county-clerk")
            .PostAsJsonAsync($"/api/reports/{county}/years/2018/approval", new ApproveReport(submitted.SubmittedHash!));
        await selfApproval.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "report.approver-is-submitter");
        var wrongHash = await Admin.PostAsJsonAsync($"/api/reports/{county}/years/2018/approval", new ApproveReport(new string('0', 64)));
        await wrongHash.ShouldBeProblem(HttpStatusCode.Conflict, "report.document-changed");

        var approved = await Operator.ReportIn(Admin, county, 2018, ReportStatus.Approved);
        approved.ApprovedHash.Should().Be(submitted.SubmittedHash);

        var resubmission = await Operator.PostAsJsonAsync($"/api/reports/{county}/years/2018/submission", new SubmitReport(null));
        await resubmission.ShouldBeProblem(HttpStatusCode.Conflict, "report.locked");

        var withdrawn = await Operator.ReportIn(Admin, county, 2018, ReportStatus.Open);
        withdrawn.ApprovedHash.Should().BeNull();
        await using var session = Api.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(Report.Key(county, 2018));
        events.Select(e => e.EventTypeName).Should().Equal("report_submitted", "report_approved", "approval_withdrawn");
        var again = await Operator.ReportIn(Admin, county, 2018, ReportStatus.Submitted);
        again.Status.Should().Be(ReportStatus.Submitted, "after a withdrawal the county submits again");
    }

    [Fact]
    public async Task An_approved_report_is_reproduced_byte_for_byte_after_later_events_and_after_a_projection_rebuild()
    {
        var county = PlansCollection.NewCounty();
        await EnvoySelected(county, new DateOnly(2018, 3, 1));
        await EnvoySelected(county, new DateOnly(2018, 5, 1));
        await Api.WaitForProjectionsAsync();
        await Submit(county);
        var approval = await Operator.ReportIn(Admin, county, 2018, ReportStatus.Approved);
        var (bytes, etag) = await ApprovedAsync(county);

        Convert.ToHexStringLower(SHA256.HashData(bytes)).Should().Be(approval.ApprovedHash);
        etag.Should().Be($"\"{approval.ApprovedHash}\"");
        var document = Encoding.UTF8.GetString(bytes);
        document.Should().Be($"{{\"countyCode\":\"{county}\",\"year\":2018,\"knownThrough\":{approval.ApprovedKnownThrough},\"figures\":[{{\"figure\":\"EnvoysSelected\",\"total\":2}}]}}");

        await EnvoySelected(county, new DateOnly(2018, 7, 1));
        await Api.WaitForProjectionsAsync();
        (await ApprovedAsync(county)).Bytes.Should().Equal(bytes);
        var now = await Analyst.GetStringAsync($"/api/reports/{county}/years/2018/figures");
        now.Should().Contain("\"total\":3");

        var daemon = Api.Factory.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await daemon.RebuildProjectionAsync<Report>(TimeSpan.FromMinutes(1), CancellationToken.None);
        (await ApprovedAsync(county)).Bytes.Should().Equal(bytes);
    }

    [Fact]
    public async Task A_late_change_after_approval_is_recorded_and_listed_as_a_correction_with_its_events()
    {
        var county = PlansCollection.NewCounty();
        await EnvoySelected(county, new DateOnly(2018, 3, 1));
        await Api.WaitForProjectionsAsync();
        await Submit(county);
        var approval = await Operator.ReportIn(Admin, county, 2018, ReportStatus.Approved);
        var none = await Analyst.GetFromJsonAsync<ReportCorrections>($"/api/reports/{county}/years/2018/corrections", EnvoyScenarios.Json);
        none!.Corrections.Should().BeEmpty();

        var late = new[] { await EnvoySelected(county, new DateOnly(2018, 12, 1)), await EnvoySelected(county, new DateOnly(2018, 12, 2)) };
        await EnvoySelected(county, new DateOnly(2019, 1, 5));
        await Api.WaitForProjectionsAsync();

        var corrections = await Analyst.GetFromJsonAsync<ReportCorrections>($"/api/reports/{county}/years/2018/corrections", EnvoyScenarios.Json);
        var row = corrections!.Corrections.Should().ContainSingle().Subject;
        (row.Figure, row.Approved, row.Now, row.Delta).Should().Be((Figure.EnvoysSelected, 1m, 3m, 2m));
        row.Entries.Select(e => e.StreamId).Should().Equal(late);
        row.Entries.Should().OnlyContain(e => e.Sequence > approval.ApprovedKnownThrough!.Value);
        (await Analyst.GetReport(county, 2018))!.Status.Should().Be(ReportStatus.Approved);
    }

    [Fact]
    public async Task A_county_report_can_be_asked_as_known_at_an_instant_and_as_of_a_business_date()
    {
        var county = PlansCollection.NewCounty();
        await EnvoySelected(county, new DateOnly(2018, 3, 1));
        await EnvoySelected(county, new DateOnly(2018, 10, 1));
        await Api.WaitForProjectionsAsync();
        await FigureLedger.RecordMarkAsync(Api.Store, CancellationToken.None);
        var knownOn = Uri.EscapeDataString(DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffK", System.Globalization.CultureInfo.InvariantCulture));
        await EnvoySelected(county, new DateOnly(2018, 4, 1));
        await Api.WaitForProjectionsAsync();

        (await Analyst.GetStringAsync($"/api/reports/{county}/years/2018/figures")).Should().Contain("\"total\":3");
        (await Analyst.GetStringAsync($"/api/reports/{county}/years/2018/figures?knownOn={knownOn}")).Should().Contain("\"total\":2");
        var asOf = await Analyst.GetStringAsync($"/api/reports/{county}/years/2018/figures?asOf=2018-06-30&knownOn={knownOn}");
        asOf.Should().Contain("\"asOf\":\"2018-06-30\"").And.Contain("\"total\":1");
    }

    private async Task<ReportView> Submit(string county)
    {
        var response = await Operator.PostAsJsonAsync($"/api/reports/{county}/years/2018/submission", new SubmitReport("2018年度数据"));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await Operator.GetReport(county, 2018))!;
    }

    private async Task<(byte[] Bytes, string? ETag)> ApprovedAsync(string county)
    {
        var response = await Analyst.GetAsync($"/api/reports/{county}/years/2018/approved");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadAsByteArrayAsync(), response.Headers.ETag?.Tag);
    }
}
