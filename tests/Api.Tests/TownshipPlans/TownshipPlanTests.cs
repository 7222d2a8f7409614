using System.Net;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Api.TownshipPlans.Reading;
using Fupin.EventSourced.Domain.TownshipPlans;
using Fupin.EventSourced.Domain.TownshipPlans.Adopting;
using Fupin.EventSourced.Domain.TownshipPlans.ReportingProgress;
using static Fupin.EventSourced.Api.Tests.Infrastructure.FieldWorkScenarios;

namespace Fupin.EventSourced.Api.Tests.TownshipPlans;

[Collection(ApiCollection.Name)]
public class TownshipPlanTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    /// <summary>Seed 000: 注滋口镇's 2018 plan, 14 tasks in 6 groups, each with its responsible units.</summary>
    private static AdoptTownshipPlan Seed000() => NewPlan() with
    {
        Groups =
        [
            new(1, "发展特色优势产业", [Task(1, "培育农业特色支柱产业", "农技推广服务中心", "汀头村"), Task(2, "积极推广和改良一批新品种", "农技推广服务中心", "林建环站", "动物防疫站", "汀头村")]),
            new(2, "建设科技扶贫载体", [Task(3, "提高农民组织化程度", "三资管理办公室", "供销合作社联合社", "汀头村"), Task(4, "培育科技扶贫示范企业", "农技推广服务中心", "供销合作社联合社", "汀头村")]),
            new(3, "建设科技支持平台", [Task(5, "提供创意创业空间、创业实训基地", "农技推广服务中心", "汀头村")]),
            new(4, "建设信息服务体系", [Task(6, "做实“互联网+现代农业”网络建设", "供销合作社联合社", "汀头村"), Task(7, "开展专家网上咨询服务", "农技推广服务中心", "汀头村")]),
            new(5, "支持科技人才扶贫与技术培训",
            [
                Task(8, "在每个贫困村确定科技人员开展技术指导", "农技推广服务中心", "汀头村"), Task(9, "鼓励科技特派员深入到贫困村场", "农技推广服务中心", "汀头村"),
                Task(10, "加强职业化农民培养", "农技推广服务中心", "汀头村"), Task(11, "加强科学普及", "农技推广服务中心", "汀头村"),
            ]),
            new(6, "做实民生科技服务",
                [Task(12, "加强地方病防治技术攻关", "镇卫计所", "汀头村"), Task(13, "加强生态环境保护技术与示范", "林建环站", "汀头村"), Task(14, "开展地质灾害防治关键技术攻关及应用", "国土所", "水管站", "汀头村")]),
        ],
    };

    private static PlanTaskInput Task(int number, string title, string lead, params string[] supporting) => new(number, title, lead, supporting);

    [Fact]
    public async Task Seed_000s_plan_is_adopted_with_its_14_tasks_and_reports_progress_to_completion()
    {
        var plan = await _operator.Created("/api/township-plans", Seed000());

        var progress = await _operator.Send($"/api/township-plans/{plan}/tasks/4/progress", new ReportTaskProgress(new DateOnly(2018, 9, 30), "遴选 3 家企业", PlanTaskStatus.InProgress, 40));
        var done = await _operator.Send($"/api/township-plans/{plan}/tasks/4/progress", new ReportTaskProgress(new DateOnly(2018, 12, 20), "5 家示范企业认定", PlanTaskStatus.Completed, 100), ifMatch: "\"2\"");
        var after = await _operator.Send($"/api/township-plans/{plan}/tasks/4/progress", new ReportTaskProgress(new DateOnly(2018, 12, 21), "再报", PlanTaskStatus.InProgress));

        progress.StatusCode.Should().Be(HttpStatusCode.Created);
        done.StatusCode.Should().Be(HttpStatusCode.Created);
        await after.ShouldBeProblem(HttpStatusCode.Conflict, "township-plan.task-completed");
        var (view, etag) = await _operator.Read<TownshipPlanView>($"/api/township-plans/{plan}");
        etag.Should().Be("\"3\"");
        view.Groups.Should().HaveCount(6);
        view.Tasks.Select(t => t.Number).Should().Equal(Enumerable.Range(1, 14));
        (view.Tasks[13].LeadUnit, view.Tasks[13].Status, view.Tasks[13].Reports).Should().Be(("国土所", PlanTaskStatus.NotStarted, 0));
        view.Tasks[13].SupportingUnits.Should().Equal("水管站", "汀头村");
        var task4 = view.Tasks[3];
        (task4.Status, task4.Reports, task4.Latest!.Percent, view.TasksCompleted).Should().Be((PlanTaskStatus.Completed, 2, 100, 1));
        var (listed, _) = await _operator.Read<IReadOnlyList<TownshipPlanSummary>>($"/api/township-plans/divisions/{Codes.County}/years/2018");
        listed.Should().ContainSingle(p => p.Id == plan).Which.Should().Be(new TownshipPlanSummary(plan, Codes.County + "101", view.Title, 2018, 14, 1));
    }

    [Fact]
    public async Task Refusals_unknown_plan_or_task_bad_task_number_out_of_order_and_a_township_outside_the_callers_division()
    {
        var plan = await _operator.AdoptedPlan();
        var report = new ReportTaskProgress(new DateOnly(2018, 9, 30), "进展", PlanTaskStatus.InProgress, 10);

        await (await _operator.Send($"/api/township-plans/{Guid.CreateVersion7()}/tasks/1/progress", report)).ShouldBeProblem(HttpStatusCode.NotFound, "township-plan.not-found");
        await (await _operator.Send($"/api/township-plans/{plan}/tasks/9/progress", report)).ShouldBeProblem(HttpStatusCode.NotFound, "township-plan.task-not-found");
        await (await _operator.Send($"/api/township-plans/{plan}/tasks/one/progress", report)).ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        await (await _operator.Send($"/api/township-plans/{plan}/tasks/1/progress", report with { On = new DateOnly(2018, 1, 1) }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "township-plan.progress-out-of-order");
        await (await _operator.Send("/api/township-plans", NewPlan(Codes.OtherCounty))).ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        await (await _operator.Send("/api/township-plans", NewPlan() with { Groups = [] })).ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        (await _operator.Read<TownshipPlanView>($"/api/township-plans/{plan}")).Body.Tasks.Should().OnlyContain(t => t.Reports == 0);
    }
}
