using Fupin.EventSourced.Api.EventStore;
using Microsoft.AspNetCore.Http;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Domain.Villages.Registering;

namespace Fupin.EventSourced.Api.Tests.EventStore;

/// <summary>
/// A command that fails at commit for any reason fails alone: its neighbours in the same group-commit batch are
/// redone without it. (Seen before the fix: a NUL character that PostgreSQL refused in one caller's event made
/// every other caller's command in the batch fail with 500.)
/// </summary>
[Collection(ApiCollection.Name)]
public class BatchIsolationTests(ApiFixture api)
{
    [Fact]
    public async Task A_command_postgresql_refuses_at_commit_fails_alone_and_its_neighbours_are_committed()
    {
        for (var round = 0; round < 5; round++)
        {
            var good = Enumerable.Range(0, 24).Select(_ => Codes.NewVillage()).ToList();
            var bad = Codes.NewVillage();

            var goodCommands = good.Select(code => Register(code, VillageScenarios.NewRegistration(code))).ToList();
            var badCommand = Register(bad, VillageScenarios.NewRegistration(bad, name: "汀头\u0000村"));
            var all = goodCommands.Append(badCommand).ToList();
            await Task.WhenAll(all.Select(task => task.ContinueWith(_ => { }, TaskScheduler.Default)));

            goodCommands.Count(task => !task.IsCompletedSuccessfully).Should().Be(0, "only the refused command may fail");
            badCommand.IsFaulted.Should().BeTrue();
            await using var session = Api.Store.QuerySession();
            foreach (var code in good)
            {
                (await session.Events.FetchStreamAsync(code)).Should().ContainSingle();
            }

            (await session.Events.FetchStreamAsync(bad)).Should().BeEmpty();
        }
    }

    private ApiFixture Api => api;

    /// <summary>Straight to the door: the validators would refuse the NUL before it got this far.</summary>
    private Task<IResult> Register(string code, RegisterVillage command) =>
        api.Door().Decide(Read.Maybe<Village>(code), village => [RegisterVillage.Decide(command, village)],
            DoorScenarios.Context(), AnswerWith.Created(code, $"/api/villages/{code}"));
}
