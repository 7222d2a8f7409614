using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Projects.Verifying;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Correcting;
using JasperFx.Events.Daemon;
using Microsoft.Extensions.DependencyInjection;

namespace Fupin.EventSourced.Api.Tests.Projects;

[Collection(ApiCollection.Name)]
public class FundTransactionRebuildTests(ApiFixture api)
{
    /// <summary>
    /// The transactions' documents are inline, so Marten rebuilds them on demand from the fund events alone (their
    /// projection takes the two concrete event types only); the rebuilt documents serve the same view.
    /// </summary>
    [Fact]
    public async Task Rebuilt_transaction_documents_serve_the_same_project_view_and_verify_intact()
    {
        var finance = api.ClientAs(Roles.Finance);
        var id = await finance.FundedProject();
        var paid = await finance.Disbursed(id, ProjectScenarios.Payment(1_000m));
        await finance.Disbursed(id, ProjectScenarios.Payment(2_000m));
        (await finance.PostCorrection(id, paid, new CorrectFundTransaction("凭证金额录入错误", Amount: 900m), "\"5\"")).StatusCode
            .Should().Be(HttpStatusCode.Created);
        var (before, _) = await finance.GetProject(id);

        await using (var session = api.Store.LightweightSession())
        {
            session.DeleteWhere<FundTransaction>(t => t.ProjectId == id);
            await session.SaveChangesAsync();
        }

        (await finance.GetProject(id)).Project.Transactions.Should().BeEmpty("the documents are gone until the rebuild");
        var daemon = api.Factory.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await daemon.RebuildProjectionAsync<FundTransaction>(TimeSpan.FromMinutes(1), CancellationToken.None);

        var (after, etag) = await finance.GetProject(id);
        etag.Should().Be("\"6\"");
        after.Should().BeEquivalentTo(before, options => options.WithStrictOrdering());
        after.Transactions.Should().HaveCount(4);
        var verification = (await api.ClientAs(Roles.Auditor, Codes.County)
            .GetFromJsonAsync<ProjectVerification>($"/api/projects/{id}/verification", EnvoyScenarios.Json))!;
        verification.Intact.Should().BeTrue(string.Join("; ", verification.Differences));
    }
}
