using Fupin.EventSourced.Domain.FieldWork.Activities;
using Fupin.EventSourced.Domain.FieldWork.Brochures;
using Fupin.EventSourced.Domain.FieldWork.DemandSurveys;
using Fupin.EventSourced.Domain.FieldWork.NewsReports;
using Fupin.EventSourced.Domain.FieldWork.Recognitions;
using Fupin.EventSourced.Domain.FieldWork.Technologies;
using Fupin.EventSourced.Domain.Parks;
using Fupin.EventSourced.Domain.Platforms;
using Fupin.EventSourced.Domain.TownshipPlans;
using Marten;

namespace Fupin.EventSourced.Projections.FieldWork;

public static class FieldWorkStoreOptions
{
    /// <summary>
    /// Registers the field-work streams' states: each recorded fact, park, platform and township plan is a stream
    /// whose inline state is also what its lists read (by year and division, both duplicated into indexed columns).
    /// Per-division-year counts are not kept here: the events count themselves into the figure ledger.
    /// </summary>
    public static StoreOptions ConfigureFieldWork(this StoreOptions options)
    {
        options.AddStreamState<TechnologyIntroduction>();
        options.Schema.For<TechnologyIntroduction>().Duplicate(x => x.Year).Duplicate(x => x.VillageCode, configure: YearIncluded);
        options.AddStreamState<Activity>();
        options.Schema.For<Activity>().Duplicate(x => x.Year).Duplicate(x => x.DivisionCode, configure: YearIncluded);
        options.AddStreamState<DemandSurvey>();
        options.Schema.For<DemandSurvey>().Duplicate(x => x.Year).Duplicate(x => x.DivisionCode, configure: YearIncluded);
        options.AddStreamState<BrochureDistribution>();
        options.Schema.For<BrochureDistribution>().Duplicate(x => x.Year).Duplicate(x => x.DivisionCode, configure: YearIncluded);
        options.AddStreamState<NewsReport>();
        options.Schema.For<NewsReport>().Duplicate(x => x.Year).Duplicate(x => x.DivisionCode, configure: YearIncluded);
        options.AddStreamState<Recognition>();
        options.Schema.For<Recognition>().Duplicate(x => x.Year).Duplicate(x => x.VillageCode, configure: YearIncluded);

        options.AddStreamState<Park>();
        options.Schema.For<Park>().Duplicate(x => x.DivisionCode);
        options.AddStreamState<Platform>();
        options.Schema.For<Platform>().Duplicate(x => x.Year).Duplicate(x => x.DivisionCode, configure: YearIncluded);
        options.AddStreamState<TownshipPlan>();
        options.Schema.For<TownshipPlan>().Duplicate(x => x.Year).Duplicate(x => x.TownshipCode);
        return options;
    }

    /// <summary>A division's year is listed from the code index alone (see <see cref="DivisionYearQuery"/>).</summary>
    private static void YearIncluded(Weasel.Postgresql.Tables.IndexDefinition index) => index.IncludeColumns = ["year"];
}
