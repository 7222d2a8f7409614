using System.Diagnostics.Metrics;
using System.Net;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Villages.CorrectingName;

namespace Fupin.EventSourced.Api.Tests.EventStore;

/// <summary>
/// Concurrent commands are committed together by the group-commit writer; these are the guarantees that must
/// hold whether they share a transaction or not. Run against both writer settings below.
/// </summary>
public abstract class ConcurrentCommandTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    protected ApiFixture Api { get; } = api;

    [Fact]
    public async Task Concurrent_registrations_of_different_villages_all_succeed_each_stored_once()
    {
        var commands = Enumerable.Range(0, 48).Select(_ => VillageScenarios.NewRegistration()).ToList();

        var responses = await Task.WhenAll(commands.Select(_operator.PostRegistration));

        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.Created);
        await using var session = Api.Store.QuerySession();
        foreach (var command in commands)
        {
            (await session.Events.FetchStreamAsync(command.Code)).Should().ContainSingle();
        }
    }

    [Fact]
    public async Task Of_concurrent_corrections_from_the_same_version_exactly_one_wins_and_the_rest_are_412()
    {
        var code = await _operator.RegisteredVillage(name: "汀头村");

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            _operator.PostNameCorrection(code, new CorrectVillageName($"汀头{i}村", "race"), "\"1\"")));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed).Should().Be(15);
        await using var session = Api.Store.QuerySession();
        (await session.Events.FetchStreamAsync(code)).Should().HaveCount(2);
    }

    [Fact]
    public async Task Of_concurrent_registrations_of_one_code_exactly_one_is_created_and_the_rest_are_409()
    {
        var code = Codes.NewVillage();

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            _operator.PostRegistration(VillageScenarios.NewRegistration(code, name: $"村{i}"))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).Should().Be(15);
        await using var session = Api.Store.QuerySession();
        (await session.Events.FetchStreamAsync(code)).Should().ContainSingle();
    }

    [Fact]
    public async Task A_conflicting_command_never_fails_the_commands_committed_beside_it()
    {
        var contested = Codes.NewVillage();
        var independent = Enumerable.Range(0, 32).Select(_ => VillageScenarios.NewRegistration()).ToList();

        var contestedResponses = Enumerable.Range(0, 8)
            .Select(_ => _operator.PostRegistration(VillageScenarios.NewRegistration(contested)));
        var independentResponses = independent.Select(_operator.PostRegistration);
        var all = await Task.WhenAll(independentResponses.Concat(contestedResponses));

        all.Take(independent.Count).Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.Created);
        all.Skip(independent.Count).Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(1);
    }
}

[Collection(ApiCollection.Name)]
public sealed class GroupCommitTests(ApiFixture fixture) : ConcurrentCommandTests(fixture)
{
    [Fact]
    public async Task Concurrent_commands_share_transactions()
    {
        var batchSizes = new List<int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == GroupCommitMetrics.MeterName && instrument.Name == "fupin.group_commit.batch_size")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, size, _, _) =>
        {
            lock (batchSizes)
            {
                batchSizes.Add(size);
            }
        });
        listener.Start();
        var client = Api.ClientAs(Roles.Operator);

        await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => client.PostRegistration(VillageScenarios.NewRegistration())));

        lock (batchSizes)
        {
            batchSizes.Should().Contain(size => size > 1);
        }
    }
}

/// <summary>The same guarantees with group commit off: one transaction per command.</summary>
[Collection(OneCommitPerCommandCollection.Name)]
public sealed class OneCommitPerCommandTests(OneCommitPerCommandCollection.Fixture api) : ConcurrentCommandTests(api);

[CollectionDefinition(Name)]
public sealed class OneCommitPerCommandCollection : ICollectionFixture<OneCommitPerCommandCollection.Fixture>
{
    public const string Name = "One commit per command";

    public sealed class Fixture : ApiFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } =
            new Dictionary<string, string?> { ["EventStore:GroupCommit:MaxBatchSize"] = "1" };
    }
}
