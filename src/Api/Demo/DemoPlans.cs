using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Indicators;
using Fupin.EventSourced.Domain.Indicators.Defining;
using Fupin.EventSourced.Domain.Plans.DrawingUp;

namespace Fupin.EventSourced.Api.Demo;

/// <summary>An indicator's targets in a plan: the baseline (the year before the plan) and a value per year it covers.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Baseline">The value of the year before the plan.</param>
/// <param name="Targets">Targets by year; a year the seed gives none for is left out.</param>
public sealed record DemoTargets(string Indicator, decimal Baseline, IReadOnlyDictionary<int, decimal> Targets);

/// <summary>
/// The demo's indicators and the two city plans' targets, each from a sentence of the seeds (quoted in the comment
/// beside it). Baselines are invented round figures: the seeds give none.
/// </summary>
public static class DemoPlans
{
    public const string City = "370300";

    public static IReadOnlyList<DefineIndicator> Indicators { get; } =
    [
        Count("envoys-selected", "选派科技特派员", "Envoys selected", "人", Figure.EnvoysSelected),
        new("key-villages-covered", "覆盖重点村", "Key villages covered", "个", Measure.Count, Direction.MoreIsBetter, new(null, DerivedMeasure.KeyVillagesCovered)),
        new("farmers-trained", "培训农民", "Farmers trained", "人次", Measure.Count, Direction.MoreIsBetter,
            new(Figure.FarmersTrained, null, Figure.FarmersTrainedFromPoorHouseholds, "其中贫困户")),
        Count("projects-supported", "支持科技项目", "Projects supported", "项", Figure.ProjectsSupported),
        new("execution-rate", "资金执行率", "Funds execution rate", "%", Measure.Percentage, Direction.MoreIsBetter, new(null, DerivedMeasure.ExecutionRate)),
        new("answer-hours", "平均答复时长", "Average answer time", "小时", Measure.Count, Direction.LessIsBetter, new(null, DerivedMeasure.AverageAnswerHours)),
        Count("experts-registered", "专家服务团专家", "Experts of the service team", "名", Figure.ExpertsRegistered),
        Count("professional-groups", "专业服务小组", "Professional groups", "个", Figure.ProfessionalGroupsFormed),
        Count("demand-surveys", "重点村技术需求调研", "Demand surveys of key villages", "次", Figure.DemandSurveys),
        Count("activities-held", "科技扶贫系列活动", "Activities held", "期", Figure.ActivitiesHeld),
        Count("technologies-introduced", "引进推广新品种新技术", "Technologies introduced", "项", Figure.TechnologiesIntroduced),
        Count("brochures-distributed", "发放科技宣传材料", "Brochures distributed", "册", Figure.BrochuresDistributed),
        Count("news-reports", "宣传报道", "News reports", "篇", Figure.NewsReports),
        Count("tech-leaders", "科技致富带头人", "Tech leaders recognised", "名", Figure.TechLeadersRecognised),
        Count("demonstration-households", "科技示范户", "Demonstration households recognised", "户", Figure.DemonstrationHouseholdsRecognised),
        Count("star-maker-spaces", "星创天地", "Star-maker spaces founded", "家", Figure.StarMakerSpacesFounded),
        Count("agri-stations", "农科驿站", "Agricultural S&T stations founded", "家", Figure.AgriStationsFounded),
        Count("platforms-founded", "创新创业载体", "Innovation platforms founded", "个", Figure.PlatformsFounded),
        Count("park-village-pairings", "园区结对帮扶重点村", "Park–village pairings", "个", Figure.ParkVillagePairings),
        Count("park-jobs", "园区为贫困村增加就业岗位", "Jobs created by parks", "个", Figure.JobsCreated),
        new("consultations", "科技咨询", "Consultations", "人次", Measure.Count, Direction.MoreIsBetter,
            new(Figure.Consultations, null, Figure.ConsultationsOnline, "其中在线")),
        Count("training-sessions", "科技培训班", "Training sessions", "期", Figure.TrainingSessions),
    ];

    public static DrawUpPlan Plan2018 { get; } = new("淄博市科技扶贫三年行动计划（2018—2020年）", City, 2018, 2020, "淄博市科技扶贫三年行动计划", new DateOnly(2018, 2, 1));

    /// <summary>Seed 001, 淄博市科学技术局打赢脱贫攻坚战三年行动工作实施方案 (2018–2020), 二、目标任务 and 三、工作措施.</summary>
    public static IReadOnlyList<DemoTargets> Targets2018 { get; } =
    [
        // "2018年，精准选派240名科技人员"; 2019 and 2020 are the demo's (the seed names only 2018), 2019 later revised to 40.
        Yearly("envoys-selected", 180, 240, 30, 30),
        // "2018年底前实现全市474个扶贫工作重点村科技指导人员全覆盖", kept covered in 2019 and 2020.
        Yearly("key-villages-covered", 300, 474, 474, 474),
        // "邀请56名技术专家组建市科技扶贫专家服务团，下设粮食、蔬菜、林果、畜牧、水产、农业良种、经济作物7个专业服务小组" (2018).
        In("experts-registered", 0, 2018, 56),
        In("professional-groups", 0, 2018, 7),
        // "每年组织开展省定扶贫工作重点村技术需求调研2次，举办……系列活动20期，政策支持科技产业扶贫项目10项，
        //  引进推广新品种、新技术20项，培训农民2000人，发放科技宣传材料3000册".
        Yearly("demand-surveys", 1, 2, 2, 2),
        Yearly("activities-held", 12, 20, 20, 20),
        Yearly("projects-supported", 6, 10, 10, 10),
        Yearly("technologies-introduced", 12, 20, 20, 20),
        Yearly("farmers-trained", 1500, 2000, 2000, 2000),
        Yearly("brochures-distributed", 2000, 3000, 3000, 3000),
        // "每年培养扶持50名左右的科技致富带头人和示范户": one number for both; the demo splits it 25 + 25.
        Yearly("tech-leaders", 20, 25, 25, 25),
        Yearly("demonstration-households", 20, 25, 25, 25),
        // "筹建国家“星创天地”1家，省级“农科驿站”10家" (每年).
        Yearly("star-maker-spaces", 0, 1, 1, 1),
        Yearly("agri-stations", 4, 10, 10, 10),
        // "每年通过新闻媒体、专栏、专题等形式进行宣传报道10篇以上".
        Yearly("news-reports", 6, 10, 10, 10),
        // "引导全市8个省级农业科技园区结对帮扶2个以上省定扶贫工作重点村……为贫困村增加就业岗位50个" (a 2018 task):
        // 8 parks × 2 villages.
        In("park-village-pairings", 0, 2018, 16),
        In("park-jobs", 0, 2018, 50),
    ];

    /// <summary>The 2019 revision of the envoys target (the demo's own decision, to show a revised target).</summary>
    public const decimal Envoys2019Revised = 40;

    public static DrawUpPlan Plan2021 { get; } = new("淄博市“十四五”科技助力乡村振兴规划（2021—2025年）", City, 2021, 2025, "淄博市“十四五”规划", new DateOnly(2021, 3, 1));

    /// <summary>
    /// Seed 003, 全市推进科技创新驱动乡村振兴发展实施方案, 一、工作目标 ("到2025年"): its five-year totals spread evenly over
    /// the years, and seed 002's training target for 2023.
    /// </summary>
    public static IReadOnlyList<DemoTargets> Targets2021 { get; } =
    [
        // "全市科技特派员动态发展到1500名左右": 300 a year.
        Yearly("envoys-selected", 40, 300, 300, 300, 300, 300),
        // "组织申报实施省市县乡村振兴科技项目100项左右": 20 a year.
        Yearly("projects-supported", 10, 20, 20, 20, 20, 20),
        // "研发、引进和推广农业新技术、新产品、新装备突破100项(个)": 20 a year.
        Yearly("technologies-introduced", 20, 20, 20, 20, 20, 20),
        // "科技特派员工作站、星创天地……等各类创新创业载体动态发展到200个左右": 40 a year.
        Yearly("platforms-founded", 10, 40, 40, 40, 40, 40),
        // Seed 003 sets no training target; seed 002 (the county's 2023 report) does: "培训农牧民有用技术6000人次(含贫困户)以上".
        In("farmers-trained", 2000, 2023, 6000),
    ];

    private static DefineIndicator Count(string code, string nameZh, string nameEn, string unit, Figure figure) =>
        new(code, nameZh, nameEn, unit, Measure.Count, Direction.MoreIsBetter, new(figure, null));

    private static DemoTargets Yearly(string indicator, decimal baseline, params decimal[] values)
    {
        var first = values.Length == 3 ? 2018 : 2021;
        return new(indicator, baseline, values.Select((v, i) => (Year: first + i, Value: v)).ToDictionary(t => t.Year, t => t.Value));
    }

    private static DemoTargets In(string indicator, decimal baseline, int year, decimal value) =>
        new(indicator, baseline, new Dictionary<int, decimal> { [year] = value });
}
