using Fupin.EventSourced.Domain.TownshipPlans;
using Fupin.EventSourced.Domain.TownshipPlans.Adopting;
using Fupin.EventSourced.Domain.TownshipPlans.ReportingProgress;

namespace Fupin.EventSourced.Domain.Tests.TownshipPlans;

public class TownshipPlanTests
{
    private const string PlanId = "0196f1c2-7a00-7000-8000-00000000f301";
    private static readonly DateOnly Adopted = new(2018, 6, 20);

    /// <summary>Seed 000's first two groups: tasks 1–2 and 3–4, each with its responsible units.</summary>
    public static AdoptTownshipPlan Seed000Start() => new("430623106", "2018年注滋口镇科技扶贫工作实施方案", 2018, Adopted,
    [
        new PlanGroupInput(1, "发展特色优势产业",
        [
            new PlanTaskInput(1, "培育农业特色支柱产业", "农技推广服务中心", ["汀头村"]),
            new PlanTaskInput(2, "积极推广和改良一批新品种", "农技推广服务中心", ["林建环站", "动物防疫站", "汀头村"]),
        ]),
        new PlanGroupInput(2, "建设科技扶贫载体",
        [
            new PlanTaskInput(3, "提高农民组织化程度", "三资管理办公室", ["供销合作社联合社", "汀头村"]),
            new PlanTaskInput(4, "培育科技扶贫示范企业", "农技推广服务中心", ["供销合作社联合社", "汀头村"]),
        ]),
    ], "注政办发〔2018〕35号");

    private static TownshipPlan Given(params object[] events) =>
        events.Aggregate(
            TownshipPlan.Evolve(null, AdoptTownshipPlan.Decide(Seed000Start(), PlanId).Changes.Single().Events.Single()),
            TownshipPlan.Evolve);

    private static TaskProgressReported Reported(int task, DateOnly on, PlanTaskStatus status, int? percent = null) =>
        new(PlanId, task, $"r-{task}-{on:yyyyMMdd}", on, "进展", percent, status);

    [Fact]
    public void An_adopted_plan_holds_its_tasks_in_their_groups_with_lead_and_supporting_units()
    {
        var plan = Given();

        plan.DivisionCode.Should().Be("430623106");
        plan.Groups.Select(g => g.Number).Should().Equal(1, 2);
        var task = plan.FindTask(2)!;
        (task.GroupNumber, task.LeadUnit).Should().Be((1, "农技推广服务中心"));
        task.SupportingUnits.Should().Equal("林建环站", "动物防疫站", "汀头村");
    }

    [Fact]
    public void Progress_is_appended_to_its_task_and_the_latest_report_says_where_it_stands()
    {
        var reported = ReportTaskProgress.Decide(new ReportTaskProgress(new DateOnly(2018, 9, 30), " 遴选 3 家企业 ", PlanTaskStatus.InProgress, 40), Given(), 4, "r1");

        reported.Should().Be(new TaskProgressReported(PlanId, 4, "r1", new DateOnly(2018, 9, 30), "遴选 3 家企业", 40, PlanTaskStatus.InProgress));
        var task = TownshipPlan.Evolve(Given(), reported).FindTask(4)!;
        task.Latest!.Percent.Should().Be(40);
        task.IsCompleted.Should().BeFalse();
    }

    [Fact]
    public void An_unknown_task_is_not_found()
    {
        var reporting = () => ReportTaskProgress.Decide(new ReportTaskProgress(Adopted, "x", PlanTaskStatus.InProgress), Given(), 15, "r");

        reporting.Should().Throw<DomainException>().Which.Error.Should().Be(TownshipPlanErrors.TaskNotFound);
    }

    [Fact]
    public void A_completed_task_takes_no_more_progress()
    {
        var plan = Given(Reported(1, new DateOnly(2018, 12, 1), PlanTaskStatus.Completed, 100));

        var reporting = () => ReportTaskProgress.Decide(new ReportTaskProgress(new DateOnly(2018, 12, 5), "x", PlanTaskStatus.InProgress), plan, 1, "r");

        reporting.Should().Throw<DomainException>().Which.Error.Should().Be(TownshipPlanErrors.TaskCompleted);
    }

    [Theory]
    [InlineData("2018-06-19")]
    [InlineData("2018-09-29")]
    public void Progress_dated_before_the_adoption_or_the_previous_report_is_refused(string on)
    {
        var plan = Given(Reported(2, new DateOnly(2018, 9, 30), PlanTaskStatus.InProgress));

        var reporting = () => ReportTaskProgress.Decide(new ReportTaskProgress(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), "x", PlanTaskStatus.InProgress), plan, 2, "r");

        reporting.Should().Throw<DomainException>().Which.Error.Should().Be(TownshipPlanErrors.ProgressOutOfOrder);
    }

    [Fact]
    public void Task_numbers_repeat_in_no_two_groups()
    {
        var plan = Seed000Start() with
        {
            Groups = [.. Seed000Start().Groups, new PlanGroupInput(3, "建设科技支持平台", [new PlanTaskInput(4, "重复", "农技推广服务中心", [])])],
        };

        new AdoptTownshipPlanValidator().Validate(plan).Errors.Should().ContainSingle().Which.ErrorMessage.Should().Contain("Task numbers");
    }

    [Fact]
    public void A_completed_report_gives_100_percent_or_none()
    {
        var validator = new ReportTaskProgressValidator();

        validator.Validate(new ReportTaskProgress(Adopted, "done", PlanTaskStatus.Completed, 90)).IsValid.Should().BeFalse();
        validator.Validate(new ReportTaskProgress(Adopted, "done", PlanTaskStatus.Completed)).IsValid.Should().BeTrue();
        validator.Validate(new ReportTaskProgress(Adopted, "x", PlanTaskStatus.InProgress, 101)).Errors.Should().ContainSingle().Which.PropertyName.Should().Be("Percent");
    }
}
