using Fupin.EventSourced.Domain.FieldWork;
using Fupin.EventSourced.Domain.FieldWork.Activities;
using Fupin.EventSourced.Domain.FieldWork.Activities.Recording;
using Fupin.EventSourced.Domain.FieldWork.Brochures.Distributing;
using Fupin.EventSourced.Domain.FieldWork.NewsReports.Recording;

namespace Fupin.EventSourced.Domain.Tests.FieldWork;

public class FieldWorkValidationTests
{
    private static readonly DateOnly April = new(2018, 4, 15);

    [Theory]
    [InlineData("370302", true)]
    [InlineData("370300", true)]
    [InlineData("370302101", true)]
    [InlineData("370302101001", true)]
    [InlineData("37030", false)]
    [InlineData("3703021010", false)]
    [InlineData("00030210100", false)]
    [InlineData("37030210100x", false)]
    public void A_division_is_a_6_9_or_12_digit_code(string code, bool valid) => FieldWorkRules.IsDivision(code).Should().Be(valid);

    [Theory]
    [InlineData("https://www.zibo.gov.cn/art/2018/11/2/art_1.html", true)]
    [InlineData("http://news.example.cn/a?b=c", true)]
    [InlineData("ftp://example.cn/a", false)]
    [InlineData("/relative/path", false)]
    [InlineData("www.zibo.gov.cn/a", false)]
    [InlineData("https://exa mple.cn/", false)]
    [InlineData("javascript:alert(1)", false)]
    public void A_news_reports_link_is_an_absolute_http_or_https_address(string link, bool valid) =>
        new RecordNewsReportValidator().Validate(new RecordNewsReport("370302", "科技特派员进村", "淄博日报", April, link))
            .IsValid.Should().Be(valid);

    [Fact]
    public void Brochures_need_at_least_one_copy()
    {
        new RecordBrochureDistributionValidator().Validate(new RecordBrochureDistribution("370302", "手册", "集市", April, 0)).Errors
            .Should().ContainSingle().Which.PropertyName.Should().Be("Copies");
    }

    [Fact]
    public void An_activity_needs_a_known_kind_a_division_and_no_negative_participants()
    {
        new RecordActivityValidator().Validate(new RecordActivity("3703", (ActivityKind)99, "专家基层行", "汀头村", April, -1)).Errors
            .Select(e => e.PropertyName).Should().BeEquivalentTo("DivisionCode", "Kind", "Participants");
    }
}
