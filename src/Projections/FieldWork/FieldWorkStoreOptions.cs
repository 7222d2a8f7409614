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
        options.Schema.For<TechnologyIntroduction>().Duplicate(x => x.Year).Duplicate(x => x.VillageCode);
        options.AddStreamState<Activity>();
        options.Schema.For<Activity>().Duplicate(x => x.Year).Duplicate(x => x.DivisionCode);
        options.AddStreamState<DemandSurvey>();
        options.Schema.For<DemandSurvey>().Duplicate(x => x.Year).Duplicate(x => x.DivisionCode);
        options.AddStreamState<BrochureDistribution>();
        options.Schema.For<BrochureDistribution>().Duplicate(x => x.Year).Duplicate(x => x.DivisionCode);
        options.AddStreamState<NewsReport>();
        options.Schema.For<NewsReport>().Duplicate(x => x.Year).Duplicate(x => x.DivisionCode);
        options.AddStreamState<Recognition>();
        options.Schema.For<Recognition>().Duplicate(x => x.Year).Duplicate(x => x.VillageCode);

        options.AddStreamState<Park>();
        options.Schema.For<Park>().Duplicate(x => x.DivisionCode);
        options.AddStreamState<Platform>();
        options.Schema.For<Platform>().Duplicate(x => x.Year).Duplicate(x => x.DivisionCode);
        options.AddStreamState<TownshipPlan>();
        options.Schema.For<TownshipPlan>().Duplicate(x => x.Year).Duplicate(x => x.TownshipCode);
        return options;
    }
}
