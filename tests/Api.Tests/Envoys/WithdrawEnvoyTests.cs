using System.Net;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Envoys.Withdrawing;

namespace Fupin.EventSourced.Api.Tests.Envoys;

[Collection(ApiCollection.Name)]
public class WithdrawEnvoyTests(ApiFixture api)
{
    private static readonly DateOnly On = new(2019, 6, 30);
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task Withdrawal_ends_every_running_assignment_in_the_same_write()
    {
        var envoyId = await _operator.RegisteredEnvoy();
        var open = await _operator.Assigned(envoyId, await _operator.RegisteredVillage(), new DateOnly(2018, 6, 1));
        var term = await _operator.Assigned(envoyId, await _operator.RegisteredVillage(), new DateOnly(2018, 6, 1), new DateOnly(2020, 12, 31));
        var lapsed = await _operator.Assigned(envoyId, await _operator.RegisteredVillage(), new DateOnly(2018, 6, 1), new DateOnly(2018, 12, 31));

        var response = await _operator.PostWithdrawal(envoyId, new WithdrawEnvoy(On, "retired"), "\"4\"");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.Should().Be("\"7\"");
        var (envoy, _) = await _operator.GetEnvoy(envoyId);
        envoy.WithdrawnOn.Should().Be(On);
        envoy.Assignments.Select(a => (a.Id, a.EndedOn, a.LastDay)).Should().Equal(
            (open, On, On), (term, On, On), (lapsed, null, new DateOnly(2018, 12, 31)));
        await using var session = api.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(envoyId);
        events.Skip(4).Select(e => e.EventTypeName).Should().Equal("assignment_ended", "assignment_ended", "envoy_withdrawn");
        events.Skip(4).Select(e => e.Sequence).Should().BeInAscendingOrder();
    }

    [Fact]
    public async Task Withdrawing_a_withdrawn_envoy_is_a_409()
    {
        var envoyId = await _operator.RegisteredEnvoy();
        (await _operator.PostWithdrawal(envoyId, new WithdrawEnvoy(On, "retired"))).EnsureSuccessStatusCode();

        var again = await _operator.PostWithdrawal(envoyId, new WithdrawEnvoy(On, "retired"));

        await again.ShouldBeProblem(HttpStatusCode.Conflict, "envoy.already-withdrawn");
    }

    [Fact]
    public async Task A_withdrawal_before_the_selection_is_a_422()
    {
        var envoyId = await _operator.RegisteredEnvoy(selectedOn: new DateOnly(2018, 3, 1));

        var response = await _operator.PostWithdrawal(envoyId, new WithdrawEnvoy(new DateOnly(2018, 2, 28), "never served"));

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "envoy.date-before-selection");
    }

    [Fact]
    public async Task A_withdrawal_against_a_stale_version_is_a_412()
    {
        var envoyId = await _operator.RegisteredEnvoy();
        await _operator.AssignedToNewVillage(envoyId);

        var response = await _operator.PostWithdrawal(envoyId, new WithdrawEnvoy(On, "retired"), "\"1\"");

        await response.ShouldBeProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        (await _operator.GetEnvoy(envoyId)).Envoy.WithdrawnOn.Should().BeNull();
    }

    [Fact]
    public async Task Withdrawing_an_unknown_envoy_is_a_404()
    {
        var response = await _operator.PostWithdrawal(Guid.CreateVersion7().ToString(), new WithdrawEnvoy(On, "retired"));

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "envoy.not-found");
    }
}
