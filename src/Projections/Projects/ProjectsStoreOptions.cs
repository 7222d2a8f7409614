using Fupin.EventSourced.Domain.Projects;
using JasperFx.Events.Projections;
using Marten;

namespace Fupin.EventSourced.Projections.Projects;

public static class ProjectsStoreOptions
{
    /// <summary>Registers the project streams' state and their fund transactions (both inline) with Marten.</summary>
    public static StoreOptions ConfigureProjects(this StoreOptions options)
    {
        options.AddStreamState<Project>();
        options.Projections.Add(new FundTransactionProjection(), ProjectionLifecycle.Inline);

        // The division fund table and its export read a range of division codes; a project lists its own transactions.
        options.Schema.For<Project>().Duplicate(p => p.DivisionCode);
        options.Schema.For<FundTransaction>().Identity(t => t.Id).Duplicate(t => t.DivisionCode).Duplicate(t => t.ProjectId);
        return options;
    }
}
