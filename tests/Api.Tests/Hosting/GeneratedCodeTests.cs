using System.Diagnostics;
using Fupin.EventSourced.TestKit;

namespace Fupin.EventSourced.Api.Tests.Hosting;

/// <summary>
/// Production loads Wolverine's endpoint code from src/Api/Internal/Generated (TypeLoadMode.Static). Code that
/// no longer matches the endpoints may still compile and then misbehave, so the committed files must equal
/// what `codegen write` produces now. Fix a failure with ./scripts/codegen.sh.
/// </summary>
public class GeneratedCodeTests
{
    [Fact]
    public async Task Committed_generated_code_is_what_codegen_writes_today()
    {
        var output = Directory.CreateTempSubdirectory("fupin-codegen-").FullName;
        try
        {
            await RunCodegenWrite(output);

            var committed = Files(Path.Combine(RepoPaths.Root, "src", "Api", "Internal", "Generated"));
            var regenerated = Files(Path.Combine(output, "Internal", "Generated"));

            regenerated.Keys.Should().BeEquivalentTo(committed.Keys, "./scripts/codegen.sh regenerates the files");
            foreach (var (file, text) in regenerated)
            {
                text.Should().Be(committed[file], $"{file} is stale; run ./scripts/codegen.sh");
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(folder, path), path => File.ReadAllText(path).ReplaceLineEndings());

    private static async Task RunCodegenWrite(string contentRoot)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(RepoPaths.ApiAssembly);
        start.ArgumentList.Add("codegen");
        start.ArgumentList.Add("write");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Postgres"] = "Host=127.0.0.1;Database=unused";
        start.Environment["Auth__SigningKey"] = TestTokens.SigningKey;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        process.ExitCode.Should().Be(0, await stdout + await stderr);
    }
}
