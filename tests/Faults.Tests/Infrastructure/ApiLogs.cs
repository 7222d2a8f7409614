namespace Fupin.EventSourced.Faults.Tests.Infrastructure;

/// <summary>What the API processes logged, for a failing test's output; and in full, with the figures, under <c>FUPIN_FAULT_LOG_DIR</c>.</summary>
public static class ApiLogs
{
    public const string DirectoryVariable = "FUPIN_FAULT_LOG_DIR";

    private const int TailLength = 6000;

    /// <summary>Writes the tail of each node's output to <paramref name="output"/>.</summary>
    public static void WriteTails(ITestOutputHelper output, params ApiNode?[] nodes)
    {
        foreach (var node in nodes.OfType<ApiNode>())
        {
            var log = node.Process.Output;
            output.WriteLine($"--- {node.Name} output (last {TailLength} characters) ---");
            output.WriteLine(log.Length <= TailLength ? log : log[^TailLength..]);
        }
    }

    /// <summary>
    /// When <c>FUPIN_FAULT_LOG_DIR</c> is set, keeps the test's figures as <c>{test}-figures.txt</c> and each node's
    /// whole output as <c>{test}-{node}.log</c> there (the test command's console shows a passing test's output only
    /// at detailed verbosity).
    /// </summary>
    public static void Keep(string test, RecordingOutput output, params ApiNode?[] nodes)
    {
        if (Environment.GetEnvironmentVariable(DirectoryVariable) is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, $"{test}-figures.txt"), output.Lines);
        foreach (var node in nodes.OfType<ApiNode>())
        {
            File.WriteAllText(Path.Combine(folder, $"{test}-{node.Name}.log"), node.Process.Output);
        }
    }
}
