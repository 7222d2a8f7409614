using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Envoys.GettingDetails;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.Assigning;
using Fupin.EventSourced.Domain.Envoys.Withdrawing;
using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Domain.Villages.CorrectingName;
using Fupin.EventSourced.Domain.Villages.Registering;

namespace Fupin.EventSourced.Api.Tests.EventStore;

/// <summary>
/// Decisions over several streams: every stream a decision read is checked at commit, whether it appended to it
/// (the database's version check) or only read it (a share lock and a version comparison). Run against both
/// writer settings below.
/// </summary>
public abstract class MultiStreamDecisionTests(ApiFixture api)
{
    private const int Rounds = 25;

    protected ApiFixture Api { get; } = api;

    [Fact]
    public async Task A_withdrawal_racing_an_assignment_of_the_same_envoy_never_leaves_a_withdrawn_envoy_serving()
    {
        var client = Api.ClientAs(Roles.Operator);
        var outcomes = new List<(HttpStatusCode Withdraw, HttpStatusCode Assign)>();
        for (var round = 0; round < Rounds; round++)
        {
            var envoyId = await client.RegisteredEnvoy();
            var village = await client.RegisteredVillage();

            var withdraw = client.PostAsJsonAsync($"/api/envoys/{envoyId}/withdrawal", new WithdrawEnvoy(new DateOnly(2019, 12, 31), "race"));
            var assign = client.PostAssignment(envoyId, new AssignEnvoy(village, new DateOnly(2018, 6, 1)));
            await Task.WhenAll(withdraw, assign);

            (await withdraw).StatusCode.Should().Be(HttpStatusCode.OK);
            var assigned = await assign;
            if (assigned.StatusCode != HttpStatusCode.Created)
            {
                await assigned.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, EnvoyErrors.Withdrawn.Code);
            }

            var envoy = (await client.GetFromJsonAsync<EnvoyView>($"/api/envoys/{envoyId}"))!;
            envoy.WithdrawnOn.Should().Be(new DateOnly(2019, 12, 31));
            envoy.Assignments.Where(a => a.EndedOn != new DateOnly(2019, 12, 31)).Should().BeEmpty(
                "a withdrawal ends every assignment made before it, and none can be made after it");
            envoy.Assignments.Should().HaveCount(assigned.StatusCode == HttpStatusCode.Created ? 1 : 0);
            outcomes.Add(((await withdraw).StatusCode, assigned.StatusCode));
        }

        outcomes.Should().HaveCount(Rounds);
    }

    [Fact]
    public async Task A_stream_the_decision_only_read_is_checked_at_commit_and_the_decision_redone_on_fresh_state()
    {
        var operatorClient = Api.ClientAs(Roles.Operator);
        var envoyId = await operatorClient.RegisteredEnvoy();
        var village = await operatorClient.RegisteredVillage(name: "汀头村");
        var decidedOnVillageVersions = new List<long>();
        using var decisionStarted = new SemaphoreSlim(0);
        using var renameCommitted = new SemaphoreSlim(0);

        var assignment = Api.Door().Decide(
            Read.Existing<Envoy>(envoyId),
            Read.Existing<Village>(village),
            (envoy, read) =>
            {
                lock (decidedOnVillageVersions)
                {
                    decidedOnVillageVersions.Add(read!.Version);
                }

                if (decidedOnVillageVersions.Count == 1)
                {
                    // Hold the first decision until another writer has changed the village it read.
                    decisionStarted.Release();
                    renameCommitted.Wait(TimeSpan.FromSeconds(20)).Should().BeTrue();
                }

                return Decision.Append(envoyId, AssignEnvoy.Decide(new AssignEnvoy(village, new DateOnly(2018, 6, 1)), "a-1", envoy!, read!));
            },
            DoorScenarios.Context(),
            AnswerWith.Created("a-1", $"/api/envoys/{envoyId}", envoyId));

        (await decisionStarted.WaitAsync(TimeSpan.FromSeconds(20))).Should().BeTrue();
        (await operatorClient.PostNameCorrection(village, new CorrectVillageName("汀头新村", "race"), "\"1\"")).EnsureSuccessStatusCode();
        renameCommitted.Release();
        var answer = (CommandAnswer)await assignment;

        answer.Status.Should().Be(201);
        decidedOnVillageVersions.Should().Equal([1L, 2L], "the first decision read version 1, which moved before it committed");
        await using var session = Api.Store.QuerySession();
        (await session.Events.FetchStreamAsync(envoyId)).Select(e => e.Data).OfType<EnvoyAssigned>().Should().ContainSingle();
    }

    [Fact]
    public async Task A_decision_appending_to_two_streams_commits_both_or_neither()
    {
        var client = Api.ClientAs(Roles.Operator);
        var east = await client.RegisteredVillage(name: "东村");
        var west = await client.RegisteredVillage(name: "西村");

        var both = await Api.Door().Decide(Read.Existing<Village>(east), Read.Existing<Village>(west),
            (a, b) => Decision.Append(east, CorrectVillageName.Decide(new CorrectVillageName("东新村", "merged"), a!))
                .AndAppend(west, CorrectVillageName.Decide(new CorrectVillageName("西新村", "merged"), b!)),
            DoorScenarios.Context(), AnswerWith.Changed(east));
        var refused = () => Api.Door().Decide(Read.Existing<Village>(east), Read.Existing<Village>(west),
            (a, b) => Decision.Append(east, CorrectVillageName.Decide(new CorrectVillageName("东新新村", "again"), a!))
                .AndAppend(west, CorrectVillageName.Decide(new CorrectVillageName("西新村", "unchanged"), b!)),
            DoorScenarios.Context(), AnswerWith.Changed(east));

        ((CommandAnswer)both).Written.Version.Should().Be(2);
        await refused.Should().ThrowAsync<DomainException>();
        await using var session = Api.Store.QuerySession();
        (await session.Events.FetchStreamAsync(east)).Should().HaveCount(2, "the refused decision wrote neither stream");
        (await session.Events.FetchStreamAsync(west)).Should().HaveCount(2);
    }

    [Fact]
    public async Task A_decision_may_not_read_or_write_across_provinces()
    {
        var shandong = await Api.ClientAs(Roles.Operator).RegisteredVillage();
        var henan = Codes.NewVillage("410102");
        await Api.Door().Decide(Read.Maybe<Village>(henan), _ => [RegisterVillage.Decide(VillageScenarios.NewRegistration(henan), null)],
            DoorScenarios.Context(), AnswerWith.Created(henan, $"/api/villages/{henan}"));

        var crossing = () => Api.Door().Decide(
            Read.Existing<Village>(shandong),
            Read.Existing<Village>(henan),
            (a, _) => Decision.Append(shandong, CorrectVillageName.Decide(new CorrectVillageName("跨省村", "test"), a!)),
            DoorScenarios.Context(),
            AnswerWith.Changed(shandong));

        await crossing.Should().ThrowAsync<CrossProvinceException>();
        await using var session = Api.Store.QuerySession();
        (await session.Events.FetchStreamAsync(shandong)).Should().ContainSingle("nothing of a refused decision is written");
    }

    [Fact]
    public async Task The_door_checks_the_callers_scope_on_every_stream_read_and_on_what_the_decision_would_make()
    {
        var foreignVillage = await Api.ClientAs(Roles.Operator, Codes.OtherCounty).RegisteredVillage(Codes.NewVillage(Codes.OtherCounty));
        DivisionScope.TryParse(Codes.County, out var county).Should().BeTrue();

        var reading = () => Api.Door().Decide(Read.Existing<Village>(foreignVillage),
            village => [CorrectVillageName.Decide(new CorrectVillageName("越权村", "test"), village!)],
            DoorScenarios.Context(county), AnswerWith.Changed(foreignVillage));
        var newForeign = Codes.NewVillage(Codes.OtherCounty);
        var making = () => Api.Door().Decide(Read.Maybe<Village>(newForeign),
            _ => [RegisterVillage.Decide(VillageScenarios.NewRegistration(newForeign), null)],
            DoorScenarios.Context(county), AnswerWith.Created(newForeign, "/"));

        await reading.Should().ThrowAsync<ScopeDeniedException>();
        await making.Should().ThrowAsync<ScopeDeniedException>();
    }
}

[Collection(ApiCollection.Name)]
public sealed class GroupCommitMultiStreamTests(ApiFixture fixture) : MultiStreamDecisionTests(fixture);

[Collection(OneCommitPerCommandCollection.Name)]
public sealed class OneCommitPerCommandMultiStreamTests(OneCommitPerCommandCollection.Fixture fixture) : MultiStreamDecisionTests(fixture);
