namespace Fupin.EventSourced.TestKit;

public static class RepoPaths
{
    /// <summary>The repository root: the nearest folder up from the test binaries that holds the solution.</summary>
    public static string Root { get; } = FindRoot();

    public static string Scripts => Path.Combine(Root, "scripts");

    /// <summary>
    /// The API to run as a process: <c>FUPIN_API_ASSEMBLY</c> when set (the benchmark points it at the published,
    /// ReadyToRun build), else the build output for the configuration the tests were built in.
    /// </summary>
    public static string ApiAssembly
    {
        get
        {
            if (Environment.GetEnvironmentVariable("FUPIN_API_ASSEMBLY") is { Length: > 0 } given)
            {
                return given;
            }

#if DEBUG
            const string configuration = "Debug";
#else
            const string configuration = "Release";
#endif
            return Path.Combine(Root, "src", "Api", "bin", configuration, "net10.0", "Fupin.EventSourced.Api.dll");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Fupin.EventSourced.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find Fupin.EventSourced.sln above " + AppContext.BaseDirectory);
    }
}
