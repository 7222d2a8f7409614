using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Consultations;
using Fupin.EventSourced.Domain.Demands;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.EquitySchemes;
using Fupin.EventSourced.Domain.Experts;
using Fupin.EventSourced.Domain.FieldWork.Activities;
using Fupin.EventSourced.Domain.FieldWork.Brochures;
using Fupin.EventSourced.Domain.FieldWork.DemandSurveys;
using Fupin.EventSourced.Domain.FieldWork.NewsReports;
using Fupin.EventSourced.Domain.FieldWork.Recognitions;
using Fupin.EventSourced.Domain.FieldWork.Technologies;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Plans;
using Fupin.EventSourced.Domain.Informants;
using Fupin.EventSourced.Domain.Parks;
using Fupin.EventSourced.Domain.Platforms;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Technologies;
using Fupin.EventSourced.Domain.TownshipPlans;
using Fupin.EventSourced.Domain.Trainings;

namespace Fupin.EventSourced.Api.Security;

/// <summary>How the caller's division scope applies to one route parameter.</summary>
public abstract record RouteParameterScope
{
    /// <summary>The value is itself a division code (a village, county or 6-digit division): the scope must cover it.</summary>
    public sealed record DivisionCode : RouteParameterScope;

    /// <summary>The value names a stream; the scope must cover the division recorded in the stream's state.</summary>
    public sealed record StreamDivision(Type StateType) : RouteParameterScope
    {
        public static StreamDivision Of<TState>() where TState : class, IStreamState => new(typeof(TState));
    }

    /// <summary>The value carries no division of its own, for the reason given.</summary>
    public sealed record Unscoped(string Reason) : RouteParameterScope;
}

/// <summary>
/// Every route parameter the API may use, and how it is scope-checked. This is the one declaration the
/// authorization handler enforces and the authorization matrix and fuzz tests read: a route whose parameter is not
/// declared here is refused to everyone, and the matrix fails until it is.
/// </summary>
public static class RouteParameters
{
    public static IReadOnlyDictionary<string, RouteParameterScope> Declared { get; } =
        new Dictionary<string, RouteParameterScope>(StringComparer.Ordinal)
        {
            ["villageCode"] = new RouteParameterScope.DivisionCode(),
            ["countyCode"] = new RouteParameterScope.DivisionCode(),
            ["divisionCode"] = new RouteParameterScope.DivisionCode(),
            ["envoyId"] = RouteParameterScope.StreamDivision.Of<Envoy>(),
            ["householdId"] = RouteParameterScope.StreamDivision.Of<Household>(),
            ["trainingId"] = RouteParameterScope.StreamDivision.Of<Training>(),
            ["consultationId"] = RouteParameterScope.StreamDivision.Of<Consultation>(),
            ["informantId"] = RouteParameterScope.StreamDivision.Of<Informant>(),
            ["schemeId"] = RouteParameterScope.StreamDivision.Of<EquityScheme>(),
            ["projectId"] = RouteParameterScope.StreamDivision.Of<Project>(),
            ["transactionId"] = new RouteParameterScope.Unscoped("a fund transaction of the project in {projectId}, which is checked"),
            ["expertId"] = RouteParameterScope.StreamDivision.Of<Expert>(),
            ["groupId"] = RouteParameterScope.StreamDivision.Of<ProfessionalGroup>(),
            ["technologyId"] = RouteParameterScope.StreamDivision.Of<Technology>(),
            ["demandId"] = RouteParameterScope.StreamDivision.Of<Demand>(),
            ["personId"] = new RouteParameterScope.Unscoped("a person of the household in {householdId}, which is checked"),
            ["assignmentId"] = new RouteParameterScope.Unscoped("an assignment of the envoy in {envoyId}, which is checked"),
            ["targetPlanId"] = RouteParameterScope.StreamDivision.Of<Plan>(),
            ["indicatorCode"] = new RouteParameterScope.Unscoped("an indicator is defined for the whole programme and belongs to no division"),
            ["introductionId"] = RouteParameterScope.StreamDivision.Of<TechnologyIntroduction>(),
            ["activityId"] = RouteParameterScope.StreamDivision.Of<Activity>(),
            ["surveyId"] = RouteParameterScope.StreamDivision.Of<DemandSurvey>(),
            ["distributionId"] = RouteParameterScope.StreamDivision.Of<BrochureDistribution>(),
            ["newsReportId"] = RouteParameterScope.StreamDivision.Of<NewsReport>(),
            ["recognitionId"] = RouteParameterScope.StreamDivision.Of<Recognition>(),
            ["parkId"] = RouteParameterScope.StreamDivision.Of<Park>(),
            ["platformId"] = RouteParameterScope.StreamDivision.Of<Platform>(),
            ["planId"] = RouteParameterScope.StreamDivision.Of<TownshipPlan>(),
            ["taskNumber"] = new RouteParameterScope.Unscoped("a task of the plan in {planId}, which is checked"),
            ["year"] = new RouteParameterScope.Unscoped("a calendar year"),
            ["date"] = new RouteParameterScope.Unscoped("a business date"),
            ["figure"] = new RouteParameterScope.Unscoped("the name of a figure, the same for every division"),
        };
}
