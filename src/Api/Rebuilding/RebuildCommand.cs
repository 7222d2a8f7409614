using System.Globalization;
using Fupin.EventSourced.Projections;
using Fupin.EventSourced.Projections.Figures;
using JasperFx.CommandLine;
using Marten;

namespace Fupin.EventSourced.Api.Rebuilding;

public sealed class RebuildInput : NetCoreInput
{
    [Description("Rebuild only these projections (comma-separated names, e.g. Consultation,FigureLedger); omit for every one")]
    public string? OnlyFlag { get; set; }
}

/// <summary>
/// <c>dotnet Fupin.EventSourced.Api.dll rebuild [--only A,B]</c> rebuilds every projection from the events at once:
/// each stream type's state in bulk, every other read model through Marten's daemon (<see cref="ProjectionRebuild"/>),
/// then records a figure-ledger mark. Stop the API (or its daemon and commands) everywhere first.
/// </summary>
[Description("Rebuilds every projection from the events: stream states in bulk, the other read models through the daemon", Name = "rebuild")]
public sealed class RebuildCommand : JasperFxAsyncCommand<RebuildInput>
{
    public override async Task<bool> Execute(RebuildInput input)
    {
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var only = input.OnlyFlag?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var known = ProjectionRebuild.NamesOf(store).ToHashSet(StringComparer.Ordinal);
        if (only?.FirstOrDefault(name => !known.Contains(name)) is { } unknown)
        {
            await Console.Error.WriteLineAsync($"No projection named '{unknown}'. Projections: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
            return false;
        }

        using var daemon = await store.BuildProjectionDaemonAsync();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var each = await ProjectionRebuild.RebuildAsync(store, daemon, only, TimeSpan.FromMinutes(30), CancellationToken.None);
        await FigureLedger.RecordMarkAsync(store, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Rebuilt {each.Count} projections in {started.Elapsed.TotalSeconds:0.0} s:"));
        foreach (var (name, took) in each.OrderByDescending(e => e.Value))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name} {took.TotalSeconds:0.0} s"));
        }

        return true;
    }
}
