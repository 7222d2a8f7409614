using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Indicators;
using Fupin.EventSourced.Domain.Indicators.Defining;
using Fupin.EventSourced.Domain.Plans;
using Fupin.EventSourced.Domain.Plans.DrawingUp;
using Fupin.EventSourced.Domain.Plans.Targeting;
using Fupin.EventSourced.Domain.Reports;
using Fupin.EventSourced.Domain.Reports.Submitting;

namespace Fupin.EventSourced.Domain.Tests.Plans;

/// <summary>Starting states for indicator, plan and report specs, built through their own <c>Evolve</c>.</summary>
internal static class Given
{
    public const string PlanId = "0196f1c2-7a00-7000-8000-0000000000aa";
    public const string City = "370300";
    public const string County = "370302";
    public const string Code = "farmers-trained";

    /// <summary>Seed 001: the city's 2018–2020 plan.</summary>
    public static PlanDrawnUp Drawn { get; } = new(PlanId, "淄博市科技扶贫三年行动计划（2018—2020年）", City, 2018, 2020, "淄科发〔2018〕12号", new DateOnly(2018, 1, 15));

    public static IndicatorDefined Defined(Direction direction = Direction.MoreIsBetter) =>
        new(Code, "培训农民", "Farmers trained", "人次", Measure.Count, direction,
            new IndicatorSource(Figure.FarmersTrained, null, Figure.FarmersTrainedFromPoorHouseholds, "其中贫困户"));

    public static Indicator Indicator(Direction direction = Direction.MoreIsBetter) => Domain.Indicators.Indicator.Evolve(null, Defined(direction));

    /// <summary>Seed 001: 2,000 farmers trained every year of the plan.</summary>
    public static IndicatorTargetsSet TwoThousandAYear { get; } =
        new(PlanId, Code, new Baseline(Code, 2017, 1500), [new(2018, 2000), new(2019, 2000), new(2020, 2000)], new DateOnly(2018, 1, 15));

    public static Plan PlanFrom(params object[] events) =>
        events.Aggregate((Plan?)null, Plan.Evolve) ?? throw new ArgumentException("No events.", nameof(events));

    public static ReportSubmitted Submitted(string by = "county-clerk") =>
        new(County, 2018, "{\"countyCode\":\"370302\"}", new string('a', 64), 42, null, by);

    public static Report ReportFrom(params object[] events) =>
        events.Aggregate((Report?)null, Report.Evolve) ?? throw new ArgumentException("No events.", nameof(events));

    public static ReportDocument Document { get; } = new("{\"countyCode\":\"370302\"}", new string('b', 64), 50);
}
