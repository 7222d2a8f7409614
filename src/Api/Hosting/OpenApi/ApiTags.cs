namespace Fupin.EventSourced.Api.Hosting.OpenApi;

/// <summary>One resource of the API: the route segment after <c>/api/</c> and the tag its operations sit under.</summary>
public sealed record ApiTag(string Segment, string Name, string Description);

/// <summary>
/// The tags of the OpenAPI document, one per resource. Operations are tagged by the first route segment after
/// <c>/api/</c>; a route whose resource is not listed here fails document generation, so a new resource gets
/// its tag and description here before it can be published.
/// </summary>
public static class ApiTags
{
    public static IReadOnlyList<ApiTag> All { get; } =
    [
        new("villages", "Villages", "Key villages of the programme: register one, correct its name, read it and its full history."),
        new("counties", "Counties", "Counties and the key villages registered in them."),
        new("envoys", "Envoys", "S&T envoys (科技特派员) and the villages they are assigned to."),
        new("coverage", "Coverage", "Whether every key village has at least one active envoy (full coverage)."),
        new("households", "Households", "Registered poor households (建档立卡户) and their exit from poverty."),
        new("experts", "Experts", "The expert registry (专家库) of the expert service team (专家服务团)."),
        new("professional-groups", "ProfessionalGroups", "Professional groups (专业服务小组) of the expert service team and their experts."),
        new("technologies", "Technologies", "The technology registry (成果库): varieties, techniques, equipment and products demands can be matched to."),
        new("demands", "Demands", "Technology demands of key villages and households (需求库), their matches, agreements and closing."),
        new("trainings", "Trainings", "Training sessions held for farmers: date, place, topic, trainers, farmers trained and their villages."),
        new("consultations", "Consultations", "Farmers' questions (技术询问) and experts' answers, with the time an answer took."),
        new("informants", "Informants", "Village informants (信息员) who relay questions and data to the programme."),
        new("equity-schemes", "EquitySchemes", "Equity schemes (企业代养 + 分红): households' shares placed with a cooperative, yearly dividends, insurance and exits."),
        new("projects", "Projects", "Funded S&T poverty-alleviation projects: budgets, fund transactions typed after IATI, corrections, verification."),
        new("funds", "Funds", "Project funds per division and year, and the auditors' verification of every project's hash chain and balances."),
        new("plans", "Plans", "Plans with their tasks, responsible units and yearly targets."),
        new("indicators", "Indicators", "Indicators: targets against actuals per year, plan and county."),
        new("reports", "Reports", "County reports of a year's figures: submission, approval by the city, the approved document reproduced exactly, corrections after approval."),
        new("technology-introductions", "TechnologyIntroductions", "New varieties and techniques introduced to key villages (引进推广新品种、新技术), with corrections."),
        new("activities", "Activities", "Activities held for the programme: expert visits, promotion and popular-science events, with corrections."),
        new("demand-surveys", "DemandSurveys", "Surveys of key villages' technology demands (技术需求调研), with corrections."),
        new("brochure-distributions", "BrochureDistributions", "Brochures handed out (科技宣传材料), by copies, with corrections."),
        new("news-reports", "NewsReports", "News reports on the programme's work (宣传报道), with corrections."),
        new("recognitions", "Recognitions", "Tech leaders and demonstration households recognised (科技致富带头人、示范户), with corrections."),
        new("parks", "Parks", "Agricultural S&T parks (农业科技园区), the key villages they pair with and radiate to, and jobs created."),
        new("platforms", "Platforms", "Innovation platforms founded: 星创天地, 农科驿站, envoy work stations."),
        new("township-plans", "TownshipPlans", "Township plans (实施方案): tasks in groups, responsible units, progress per task."),
        new("figures", "Figures", "Every additive figure per division and year (by business date, as of a date or as known on an instant), and the events behind each."),
        new("admin", "Admin", "Operating the service: the progress of the asynchronous projections."),
    ];

    /// <summary>The tag of a route such as <c>api/villages/{villageCode}</c> (leading slash optional).</summary>
    /// <exception cref="InvalidOperationException">The route is not under <c>/api/</c>, or its resource has no tag.</exception>
    public static ApiTag ForRoute(string route)
    {
        var segments = route.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var resource = segments is ["api", var segment, ..] ? segment : null;
        return All.FirstOrDefault(tag => string.Equals(tag.Segment, resource, StringComparison.OrdinalIgnoreCase))
               ?? throw new InvalidOperationException(
                   $"Route '{route}' has no OpenAPI tag: add its resource (the segment after /api/) to {nameof(ApiTags)}.");
    }
}
