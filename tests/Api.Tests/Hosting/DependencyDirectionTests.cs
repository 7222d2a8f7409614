using System.Text.RegularExpressions;
using Fupin.EventSourced.TestKit;

namespace Fupin.EventSourced.Api.Tests.Hosting;

/// <summary>
/// Dependencies point one way (STYLE.md): the Domain knows no framework, and no two folders of the API depend on each
/// other; exceptions a component throws live with it, and the error handling depends on them, not the reverse.
/// </summary>
public partial class DependencyDirectionTests
{
    [Fact]
    public void The_domain_references_no_marten_wolverine_or_aspnet()
    {
        var usings = SourceFiles("src/Domain").SelectMany(file => Usings().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value));

        usings.Should().NotContain(u => u.StartsWith("Marten", StringComparison.Ordinal) || u.StartsWith("Wolverine", StringComparison.Ordinal)
                                        || u.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || u.StartsWith("JasperFx", StringComparison.Ordinal));
    }

    [Fact]
    public void No_two_folders_of_the_api_depend_on_each_other_even_through_others()
    {
        var edges = new Dictionary<string, HashSet<string>>();
        foreach (var file in SourceFiles("src/Api").Where(f => !f.Contains("Internal", StringComparison.Ordinal)))
        {
            var folder = Path.GetRelativePath(Path.Combine(RepoPaths.Root, "src", "Api"), file).Split(Path.DirectorySeparatorChar)[0];
            var targets = ApiReferences().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).Where(t => t != folder);
            edges.TryAdd(folder, []);
            edges[folder].UnionWith(targets);
        }

        foreach (var start in edges.Keys)
        {
            Reachable(edges, start).Should().NotContain(start, $"{start} depends on itself through {string.Join(", ", edges[start])}");
        }
    }

    private static HashSet<string> Reachable(Dictionary<string, HashSet<string>> edges, string start)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>(edges.GetValueOrDefault(start) ?? []);
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var onward in edges.GetValueOrDefault(next) ?? [])
                {
                    pending.Push(onward);
                }
            }
        }

        return seen;
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"^using ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Usings();

    [GeneratedRegex(@"Fupin\.EventSourced\.Api\.(\w+)")]
    private static partial Regex ApiReferences();
}
