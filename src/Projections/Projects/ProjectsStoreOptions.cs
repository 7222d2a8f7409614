using Fupin.EventSourced.Domain.Projects;
using Marten;

namespace Fupin.EventSourced.Projections.Projects;

public static class ProjectsStoreOptions
{
    /// <summary>Registers the project streams' state (the per-project fund read model) with Marten.</summary>
    public static StoreOptions ConfigureProjects(this StoreOptions options)
    {
        options.AddStreamState<Project>();
        // The division fund table reads a range of division codes.
        options.Schema.For<Project>().Duplicate(p => p.DivisionCode);
        return options;
    }
}
