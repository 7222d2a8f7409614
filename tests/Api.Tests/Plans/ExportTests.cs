using System.Net;
using System.Text;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using MiniExcelLibs;

namespace Fupin.EventSourced.Api.Tests.Plans;

[Collection(PlansCollection.Name)]
public class ExportTests(PlansCollection.Fixture api) : PlanTestsBase(api)
{
    [Fact]
    public async Task Target_versus_actual_exports_as_csv_and_xlsx_with_chinese_labels()
    {
        var county = PlansCollection.NewCounty();
        var planId = await Admin.DrawnUpPlan(county);
        var indicator = await Admin.DefinedIndicator();
        await Admin.TargetsSet(planId, indicator, 2);
        await EnvoySelected(county, new DateOnly(2018, 3, 1));
        await Api.WaitForProjectionsAsync();

        var csv = await Analyst.GetAsync($"/api/plans/{planId}/progress/{county}/years/2018/csv");
        csv.StatusCode.Should().Be(HttpStatusCode.OK, await csv.Content.ReadAsStringAsync());
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("指标代码,指标,单位,年度,基期年,基期值,目标值");
        lines.Should().HaveCount(2);
        lines[1].Should().StartWith($"{indicator},选派科技特派员,人,2018,2017,0,2,0,1,-1,否");

        var xlsx = await Analyst.GetAsync($"/api/plans/{planId}/progress/{county}/years/2018/xlsx");
        xlsx.StatusCode.Should().Be(HttpStatusCode.OK, await xlsx.Content.ReadAsStringAsync());
        using var workbook = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Should().ContainSingle();
        rows[0]["指标代码"].Should().Be(indicator);
        Convert.ToDecimal(rows[0]["实际值"], System.Globalization.CultureInfo.InvariantCulture).Should().Be(1);
        rows[0]["是否完成"].Should().Be("否");
    }
}
