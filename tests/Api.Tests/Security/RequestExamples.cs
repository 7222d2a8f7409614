using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Villages.CorrectingName;

namespace Fupin.EventSourced.Api.Tests.Security;

/// <summary>
/// A valid body for each command type, aimed at a county. A new command endpoint makes the matrix fail until
/// its command has an example here: that is the point, every endpoint gets exercised.
/// </summary>
public static class RequestExamples
{
    private static int _serial;

    public static object For(Type requestType, string targetCounty) => requestType.Name switch
    {
        "RegisterVillage" => VillageScenarios.NewRegistration(Codes.NewVillage(targetCounty)),
        "CorrectVillageName" => new CorrectVillageName($"新名{Interlocked.Increment(ref _serial)}村", "matrix"),
        _ => throw new InvalidOperationException(
            $"No example body for {requestType.Name}: add one to {nameof(RequestExamples)}."),
    };
}
