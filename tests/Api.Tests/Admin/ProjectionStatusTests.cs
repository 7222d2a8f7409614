using System.Net.Http.Json;
using Fupin.EventSourced.Api.Admin.Projections;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;

namespace Fupin.EventSourced.Api.Tests.Admin;

[Collection(ApiCollection.Name)]
public class ProjectionStatusTests(ApiFixture api)
{
    [Fact]
    public async Task Once_caught_up_every_async_projection_is_at_the_high_water_mark()
    {
        await api.ClientAs(Roles.Operator).RegisteredVillage();
        await api.WaitForProjectionsAsync();

        var status = await api.ClientAs(Roles.Admin, division: null)
            .GetFromJsonAsync<ProjectionStatus>("/api/admin/projections");

        status!.EventCount.Should().BeGreaterThan(0);
        status.HighWaterMark.Should().BeGreaterThan(0);
        status.Projections.Should().ContainSingle(p => p.Name.StartsWith("CountyVillageCount", StringComparison.Ordinal))
            .Which.Sequence.Should().BeGreaterThanOrEqualTo(status.HighWaterMark - status.Projections.Max(p => p.Behind));
        status.Projections.Select(p => p.Name).Should().Contain(["FigureLedger.asked:All", "FigureLedger.answered:All", "FigureLedger.others:All"]);
    }
}
