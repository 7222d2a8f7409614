using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Fupin.EventSourced.Api.Tests.EventStore;

/// <summary>The command door called directly, as an endpoint calls it, for properties no endpoint can provoke.</summary>
internal static class DoorScenarios
{
    public static EventStreams Door(this ApiFixture api) => api.Factory.Services.GetRequiredService<EventStreams>();

    public static CommandContext Context(DivisionScope? scope = null) =>
        new("door-test", Roles.Operator, scope ?? DivisionScope.Unscoped, "door-test-" + Guid.NewGuid().ToString("N")[..8]);
}
