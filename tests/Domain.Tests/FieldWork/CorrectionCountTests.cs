using Fupin.EventSourced.Domain.FieldWork.Activities.Correcting;
using Fupin.EventSourced.Domain.FieldWork.Activities.Recording;
using Fupin.EventSourced.Domain.FieldWork.Activities;
using Fupin.EventSourced.Domain.FieldWork.Brochures.Correcting;
using Fupin.EventSourced.Domain.FieldWork.Brochures.Distributing;
using Fupin.EventSourced.Domain.FieldWork.Brochures;
using Fupin.EventSourced.Domain.FieldWork.DemandSurveys.Correcting;
using Fupin.EventSourced.Domain.FieldWork.DemandSurveys.Recording;
using Fupin.EventSourced.Domain.FieldWork.DemandSurveys;
using Fupin.EventSourced.Domain.FieldWork.NewsReports.Correcting;
using Fupin.EventSourced.Domain.FieldWork.NewsReports.Recording;
using Fupin.EventSourced.Domain.FieldWork.NewsReports;
using Fupin.EventSourced.Domain.FieldWork.Technologies.Correcting;
using Fupin.EventSourced.Domain.FieldWork.Technologies.Introducing;
using Fupin.EventSourced.Domain.FieldWork.Technologies;
using Fupin.EventSourced.Domain.FieldWork;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Technologies;
using Fupin.EventSourced.Domain.Villages.Registering;
using Fupin.EventSourced.Domain.Villages;

namespace Fupin.EventSourced.Domain.Tests.FieldWork;

/// <summary>
/// Each fact counts itself once in its figure, for its division and its date; a correction carries the values it
/// replaces and counts the difference, so a figure's entries always add up to what the records say now.
/// </summary>
public class CorrectionCountTests
{
    private const string Id = "0196f1c2-7a00-7000-8000-00000000f001";
    private const string VillageCode = "370302101001";
    private const string County = "370302";
    private static readonly DateOnly April = new(2018, 4, 15);
    private static readonly DateOnly NextJanuary = new(2019, 1, 10);

    private static readonly Village Village = Village.Evolve(null, new VillageRegistered(VillageCode, "汀头村", "370302", "淄川区", "370302101", "注滋口镇"));

    private static TState Built<TState>(Decision decision) where TState : class, IStreamState<TState> =>
        decision.Changes.Should().ContainSingle().Subject.Events.Aggregate((TState?)null, (s, e) => TState.Evolve(s, e))!;

    [Fact]
    public void An_introduction_counts_one_technology_for_its_village_on_its_date()
    {
        var decision = IntroduceTechnology.Decide(new IntroduceTechnology(VillageCode, " 鲁研 1 号黄瓜 ", TechnologyKind.Variety, April), Id, Village);

        var introduced = decision.Changes.Should().ContainSingle().Subject;
        introduced.StartsAs.Should().Be<TechnologyIntroduction>();
        introduced.Events.Should().Equal(new TechnologyIntroduced(Id, VillageCode, new TechnologyDetails("鲁研 1 号黄瓜", TechnologyKind.Variety, April)));
        ((ICountedEvent)introduced.Events[0]).Counts().Should().Equal(new FigureCount(Figure.TechnologiesIntroduced, VillageCode, April, 1));
    }

    [Fact]
    public void A_correction_that_moves_the_date_into_another_year_takes_the_count_from_the_old_date_and_adds_it_on_the_new()
    {
        var introduction = Built<TechnologyIntroduction>(
            IntroduceTechnology.Decide(new IntroduceTechnology(VillageCode, "鲁研 1 号黄瓜", TechnologyKind.Variety, April), Id, Village));

        var corrected = CorrectTechnologyIntroduction.Decide(
            new CorrectTechnologyIntroduction("鲁研 1 号黄瓜", TechnologyKind.Variety, NextJanuary, " entered a year early "), introduction);

        corrected.Replaced.Should().Be(introduction.Details);
        corrected.Reason.Should().Be("entered a year early");
        corrected.Counts().Should().Equal(
            new FigureCount(Figure.TechnologiesIntroduced, VillageCode, April, -1),
            new FigureCount(Figure.TechnologiesIntroduced, VillageCode, NextJanuary, 1));
        var after = TechnologyIntroduction.Evolve(introduction, corrected);
        (after.Year, after.Corrections, after.Details.IntroducedOn).Should().Be((2019, 1, NextJanuary));
    }

    [Fact]
    public void A_correction_of_the_title_alone_counts_nothing()
    {
        var introduction = Built<TechnologyIntroduction>(
            IntroduceTechnology.Decide(new IntroduceTechnology(VillageCode, "鲁研 1 号黄瓜", TechnologyKind.Variety, April), Id, Village));

        var corrected = CorrectTechnologyIntroduction.Decide(new CorrectTechnologyIntroduction("鲁研 2 号黄瓜", TechnologyKind.Technique, April, "typo"), introduction);

        corrected.Counts().Should().BeEmpty();
    }

    [Fact]
    public void A_correction_that_repeats_the_values_is_refused()
    {
        var introduction = Built<TechnologyIntroduction>(
            IntroduceTechnology.Decide(new IntroduceTechnology(VillageCode, "鲁研 1 号黄瓜", TechnologyKind.Variety, April), Id, Village));

        var correcting = () => CorrectTechnologyIntroduction.Decide(new CorrectTechnologyIntroduction(" 鲁研 1 号黄瓜 ", TechnologyKind.Variety, April, "again"), introduction);

        correcting.Should().Throw<DomainException>().Which.Error.Should().Be(FieldWorkErrors.CorrectionUnchanged);
    }

    [Fact]
    public void Brochures_count_their_copies_and_a_correction_of_the_copies_counts_the_difference()
    {
        var distribution = Built<BrochureDistribution>(RecordBrochureDistribution.Decide(
            new RecordBrochureDistribution(County, "蔬菜病虫害防治手册", "注滋口镇集市", April, 1200), Id));
        ((ICountedEvent)new BrochuresDistributed(Id, County, distribution.Details)).Counts()
            .Should().Equal(new FigureCount(Figure.BrochuresDistributed, County, April, 1200));

        var corrected = CorrectBrochureDistribution.Decide(
            new CorrectBrochureDistribution("蔬菜病虫害防治手册", "注滋口镇集市", April, 1000, "counted twice"), distribution);

        corrected.Counts().Should().Equal(new FigureCount(Figure.BrochuresDistributed, County, April, -200));
    }

    [Fact]
    public void An_activity_a_demand_survey_and_a_news_report_each_count_one_in_their_figure()
    {
        var activity = Built<Activity>(RecordActivity.Decide(new RecordActivity(County, ActivityKind.ExpertVisit, "蔬菜专家基层行", "汀头村", April, 35), Id));
        var survey = Built<DemandSurvey>(RecordDemandSurvey.Decide(new RecordDemandSurvey(County, April, 12, "蔬菜产业技术需求"), Id));
        var report = Built<NewsReport>(RecordNewsReport.Decide(
            new RecordNewsReport(County, "科技特派员进村", "淄博日报", April, "https://www.zibo.gov.cn/news/1"), Id));

        new ActivityHeld(Id, County, activity.Details).Counts().Should().Equal(new FigureCount(Figure.ActivitiesHeld, County, April, 1));
        new DemandSurveyed(Id, County, survey.Details).Counts().Should().Equal(new FigureCount(Figure.DemandSurveys, County, April, 1));
        new NewsReported(Id, County, report.Details).Counts().Should().Equal(new FigureCount(Figure.NewsReports, County, April, 1));
    }

    [Fact]
    public void Corrections_of_an_activity_a_survey_and_a_report_keep_the_replaced_values_and_move_the_count_with_the_date()
    {
        var activity = Built<Activity>(RecordActivity.Decide(new RecordActivity(County, ActivityKind.ExpertVisit, "蔬菜专家基层行", "汀头村", April, 35), Id));
        var survey = Built<DemandSurvey>(RecordDemandSurvey.Decide(new RecordDemandSurvey(County, April, 12, "蔬菜产业技术需求"), Id));
        var report = Built<NewsReport>(RecordNewsReport.Decide(
            new RecordNewsReport(County, "科技特派员进村", "淄博日报", April, "https://www.zibo.gov.cn/news/1"), Id));

        var activityCorrected = CorrectActivity.Decide(new CorrectActivity(ActivityKind.Promotion, "成果推广", "汀头村", NextJanuary, 40, "wrong row"), activity);
        var surveyCorrected = CorrectDemandSurvey.Decide(new CorrectDemandSurvey(April, 14, "蔬菜产业技术需求", "two villages missed"), survey);
        var reportCorrected = CorrectNewsReport.Decide(
            new CorrectNewsReport("科技特派员进村", "大众日报", April, "https://www.dzwww.com/1", "wrong outlet"), report);

        activityCorrected.Replaced.Should().Be(activity.Details);
        activityCorrected.Counts().Should().Equal(
            new FigureCount(Figure.ActivitiesHeld, County, April, -1), new FigureCount(Figure.ActivitiesHeld, County, NextJanuary, 1));
        surveyCorrected.Replaced.VillagesSurveyed.Should().Be(12);
        surveyCorrected.Counts().Should().BeEmpty("the number of villages is not a figure; the survey still counts once");
        reportCorrected.Replaced.Outlet.Should().Be("淄博日报");
        reportCorrected.Counts().Should().BeEmpty();
    }

    [Fact]
    public void Recount_nets_counts_per_figure_division_and_date()
    {
        FieldWorkRules.Recount(
                [new FigureCount(Figure.JobsCreated, County, April, 5), new FigureCount(Figure.PlatformsFounded, County, April, 1)],
                [new FigureCount(Figure.JobsCreated, County, April, 8), new FigureCount(Figure.PlatformsFounded, County, April, 1)])
            .Should().Equal(new FigureCount(Figure.JobsCreated, County, April, 3));
    }
}
